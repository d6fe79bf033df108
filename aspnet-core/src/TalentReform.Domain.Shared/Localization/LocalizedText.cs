using System.Globalization;

namespace TalentReform.Localization;

/// <summary>A localization key (with arguments) as an error-message argument, formatted in the message's culture.</summary>
public sealed class LocalizedText(string key, params object?[] args) : IFormattable
{
    public string Key { get; } = key;

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        TalentReformResource.Get(Key, formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture, args);

    public override string ToString() => ToString(null, CultureInfo.CurrentUICulture);
}
