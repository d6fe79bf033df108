using System.Globalization;
using TalentReform.Localization;

namespace TalentReform.Excel;

/// <summary>
/// A column of an import/export sheet. The header is the zh-Hans text of <see cref="Key"/> whatever the
/// caller's language: the headers are the file format, which must not change with the UI language.
/// </summary>
public sealed record ExcelColumn(string Key, bool Required = false, bool ExportOnly = false)
{
    public static readonly CultureInfo FileCulture = CultureInfo.GetCultureInfo(LocalizationCultures.Default);

    public string Header => TalentReformResource.Get(Key, FileCulture);
}
