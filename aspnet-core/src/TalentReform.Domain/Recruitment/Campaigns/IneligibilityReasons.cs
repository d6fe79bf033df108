using TalentReform.Localization;

namespace TalentReform.Recruitment;

/// <summary>The reasons as one error-message argument, each in the message's language ("年龄超过限制、专业不符").</summary>
public sealed class IneligibilityReasons(IReadOnlyList<IneligibilityReason> reasons) : IFormattable
{
    public IReadOnlyList<IneligibilityReason> Reasons { get; } = reasons;

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var chinese = (formatProvider as System.Globalization.CultureInfo ?? System.Globalization.CultureInfo.CurrentUICulture).Name.StartsWith("zh", StringComparison.Ordinal);
        return string.Join(chinese ? "、" : ", ", Reasons.Select(r => LocalizedEnum.Of(r).ToString(format, formatProvider)));
    }

    public override string ToString() => ToString(null, System.Globalization.CultureInfo.CurrentUICulture);
}
