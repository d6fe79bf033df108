using System.Globalization;
using System.Text;

namespace TalentReform.Validation;

/// <summary>
/// The one rule for text that enters the system, wherever it comes from (JSON bodies, query strings, route
/// values): trimmed of white space and invisible format characters (zero-width space, BOM, ...) at both
/// ends, in Unicode NFC so that "é" typed two ways is one name, and free of control characters (NUL, BEL,
/// ...; tab and line breaks are kept for multi-line texts) and of broken UTF-16 (or its U+FFFD remains). A text that was only
/// invisible characters becomes empty, so [Required] refuses it.
/// </summary>
public static class InputText
{
    /// <summary>No single text field of the product is longer; anything beyond is refused before it is even validated.</summary>
    public const int MaxLength = 100_000;

    public const string ControlCharacterKey = "Validation:ControlCharacter";
    public const string InvalidTextKey = "Validation:InvalidText";
    public const string InvisibleTextKey = "Validation:InvisibleText";
    public const string TooLongKey = "Validation:TextTooLong";

    /// <summary>Normalises <paramref name="value"/>; false with the localization key of the fault when it cannot be accepted.</summary>
    public static bool TryNormalize(string value, out string normalized, out string? errorKey)
    {
        normalized = value;
        if (!TryCheck(value, out errorKey))
        {
            return false;
        }

        var trimmed = Trim(value);
        normalized = trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
        return true;
    }

    /// <summary>
    /// For secrets compared as typed (passwords): neither trimmed nor normalised, but still free of control
    /// characters and not made only of invisible characters.
    /// </summary>
    public static bool TryAcceptRaw(string value, out string? errorKey)
    {
        if (!TryCheck(value, out errorKey))
        {
            return false;
        }

        if (value.Length > 0 && Trim(value).Length == 0)
        {
            errorKey = InvisibleTextKey;
            return false;
        }

        return true;
    }

    /// <summary>White space or a format character (Cf: zero-width space and joiners, BOM, direction marks, ...).</summary>
    public static bool IsInvisible(char c) => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool TryCheck(string value, out string? errorKey)
    {
        errorKey = null;
        if (value.Length > MaxLength)
        {
            errorKey = TooLongKey;
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                errorKey = ControlCharacterKey;
                return false;
            }

            // U+FFFD is what a decoder leaves of broken input (the JSON reader turns "\uD800" into it): refused like the breakage itself.
            if (c == '\uFFFD')
            {
                errorKey = InvalidTextKey;
                return false;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                errorKey = InvalidTextKey;
                return false;
            }
        }

        return true;
    }

    private static string Trim(string value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsInvisible(value[start]))
        {
            start++;
        }

        while (end > start && IsInvisible(value[end - 1]))
        {
            end--;
        }

        return start == 0 && end == value.Length ? value : value[start..end];
    }
}
