using System.Globalization;
using TalentReform.Localization;

namespace TalentReform;

/// <summary>Asserts a refusal: its error code, and that its message reads in both languages with the arguments filled in.</summary>
internal static class BusinessRuleAssert
{
    public static BusinessException ShouldBeRefusedWith(this Action action, string code)
    {
        var exception = Should.Throw<BusinessException>(action);
        exception.Code.ShouldBe(code);
        foreach (var culture in LocalizationCultures.Supported)
        {
            var message = TalentReformResource.Get(code, CultureInfo.GetCultureInfo(culture), exception.Args.ToArray());
            message.ShouldNotBe(code, $"no {culture} text for {code}");
            message.ShouldNotContain("{0}");
            message.ShouldNotContain("Enum:");
        }

        return exception;
    }

    public static string Message(this BusinessException exception, string culture) =>
        TalentReformResource.Get(exception.Code, CultureInfo.GetCultureInfo(culture), exception.Args.ToArray());
}
