using System.Text.RegularExpressions;

namespace TalentReform.PersonalData;

/// <summary>
/// The one place personal values are masked. Masks are idempotent (masking a masked value gives it back), so a
/// value masked when stored and again when read stays the same, and keep what Chinese forms print: the region
/// and the last digits of an ID number, the carrier prefix and the last four of a mobile number.
/// </summary>
public static partial class PersonalDataMask
{
    private const char Star = '*';

    public static string? Mask(PersonalDataKind kind, string? value) => value is null ? null : kind switch
    {
        PersonalDataKind.IdNumber => KeepEnds(value, 4, 4),
        PersonalDataKind.Phone => KeepEnds(value, 3, 4),
        PersonalDataKind.Email => MaskEmail(value),
        PersonalDataKind.BankAccount => KeepEnds(value, 0, 4),
        PersonalDataKind.Name => MaskName(value),
        _ => new string(Star, value.Length),
    };

    /// <summary>Whether <paramref name="input"/> is the mask of <paramref name="stored"/>: a form sent back unchanged by a caller who saw it masked.</summary>
    public static bool IsMaskOf(PersonalDataKind kind, string? stored, string? input) =>
        stored is not null && input is not null && input != stored && input == Mask(kind, stored);

    /// <summary>What a form sent back means: the mask of the stored value keeps the stored value; anything else replaces it.</summary>
    public static string? Resolve(PersonalDataKind kind, string? stored, string? input) => IsMaskOf(kind, stored, input) ? stored : input;

    /// <summary>
    /// Masks every full ID number and mobile number inside free text (log lines, exception texts): the safety net
    /// for what is not a classified property.
    /// </summary>
    public static string Redact(string text) =>
        MobileNumber().Replace(
            IdNumber().Replace(text, m => Mask(PersonalDataKind.IdNumber, m.Value)!),
            m => Mask(PersonalDataKind.Phone, m.Value)!);

    private static string KeepEnds(string value, int head, int tail) =>
        value.Length <= head + tail
            ? new string(Star, value.Length)
            : value[..head] + new string(Star, value.Length - head - tail) + value[^tail..];

    private static string MaskEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? KeepEnds(value, 1, 0) : value[0] + new string(Star, 3) + value[at..];
    }

    /// <summary>张*明, 欧阳**锋; two-character names as 张*.</summary>
    private static string MaskName(string name) => name.Length switch
    {
        0 => "",
        1 => Star.ToString(),
        2 => name[0] + Star.ToString(),
        _ => name[0] + new string(Star, name.Length - 2) + name[^1],
    };

    [GeneratedRegex("(?<![0-9A-Fa-f])[0-9]{17}[0-9Xx](?![0-9A-Fa-f])", RegexOptions.None, 1000)]
    private static partial Regex IdNumber();

    [GeneratedRegex("(?<![0-9A-Fa-f])1[3-9][0-9]{9}(?![0-9A-Fa-f])", RegexOptions.None, 1000)]
    private static partial Regex MobileNumber();
}
