namespace TalentReform.Localization;

public static class LocalizationCultures
{
    public const string Default = "zh-Hans";
    public const string English = "en";
    public static readonly IReadOnlyList<string> Supported = [Default, English];
}
