using System.Globalization;
using TalentReform.Localization;

namespace TalentReform.Excel;

/// <summary>How enum and yes/no values are written to the sheets (zh-Hans texts, as the headers) and recognized on import.</summary>
public static class ExcelValues
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(LocalizationCultures.English);

    public static string Text(Enum value) => LocalizedEnum.Of(value).ToString(null, ExcelColumn.FileCulture);

    public static string? TextOrNull(Enum? value) => value is null ? null : Text(value);

    public static string Text(bool value) => TalentReformResource.Get(value ? "ExcelImport:Yes" : "ExcelImport:No", ExcelColumn.FileCulture);

    public static bool Matches(Enum value, string text) =>
        string.Equals(text, Text(value), StringComparison.OrdinalIgnoreCase)
        || string.Equals(text, LocalizedEnum.Of(value).ToString(null, English), StringComparison.OrdinalIgnoreCase)
        || string.Equals(text, value.ToString(), StringComparison.OrdinalIgnoreCase);

    public static bool? ParseBool(string text)
    {
        if (string.Equals(text, Text(true), StringComparison.OrdinalIgnoreCase) || text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase)
            || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("y", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, Text(false), StringComparison.OrdinalIgnoreCase) || text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase)
            || text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("n", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return null;
    }

    /// <summary>The zh-Hans sheet name of a resource ("ExcelSheet:OrgUnits").</summary>
    public static string SheetName(string resource) => TalentReformResource.Get("ExcelSheet:" + resource, ExcelColumn.FileCulture);

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
