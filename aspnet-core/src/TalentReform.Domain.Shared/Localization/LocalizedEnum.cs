using System.Globalization;

namespace TalentReform.Localization;

/// <summary>
/// An enum value as an error-message argument: formatted with the message's culture ("行政编制" / "Administrative
/// staffing"), so a Chinese message never shows an English member name. Key: "Enum:{Type}.{Member}".
/// </summary>
public sealed class LocalizedEnum(Enum value) : IFormattable
{
    public Enum Value { get; } = value;

    public string Key => $"Enum:{Value.GetType().Name}.{Value}";

    public static LocalizedEnum Of(Enum value) => new(value);

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        TalentReformResource.Get(Key, formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture);

    public override string ToString() => ToString(null, CultureInfo.CurrentUICulture);
}
