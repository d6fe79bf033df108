namespace TalentReform.Excel;

/// <summary>
/// CSV/Excel formula injection (OWASP): text that starts with = + - @ (or a tab or carriage return, which
/// some spreadsheets skip before such a character) is run as a formula when a user opens the export, e.g. a
/// person named <c>=cmd|' /C calc'!A0</c>. Every exported text cell is therefore prefixed with an apostrophe,
/// which spreadsheets show as text. Numbers and dates stay typed values, so -3 remains a number.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static object? Neutralise(object? cell) =>
        cell is string text && text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : cell;
}
