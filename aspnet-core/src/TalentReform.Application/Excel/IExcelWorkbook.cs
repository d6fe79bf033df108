namespace TalentReform.Excel;

/// <summary>
/// Reads and writes the one-sheet .xlsx workbooks of the imports and exports (implemented with MiniExcel),
/// so importers deal with header texts and cell values only.
/// </summary>
public interface IExcelWorkbook
{
    /// <summary>
    /// The first sheet: its first row as headers, then every row after it (blank ones included, so each row
    /// keeps its Excel number). An unreadable or hostile workbook (see <see cref="XlsxPackageGuard"/>) is a
    /// <see cref="BusinessException"/> with code 05019; the token is checked while reading.
    /// </summary>
    ExcelSheet Read(Stream xlsx, CancellationToken cancellationToken);

    /// <summary>
    /// A workbook with one sheet: the header row, then one row per item (cells in header order). Text that a
    /// spreadsheet would run as a formula is written neutralised (see <see cref="SpreadsheetText"/>).
    /// </summary>
    byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows);
}

public sealed record ExcelSheet(IReadOnlyList<string> Headers, IReadOnlyList<ExcelRow> Rows);

/// <param name="Number">The Excel row number (the header row is 1).</param>
/// <param name="Cells">By column position, as in <see cref="ExcelSheet.Headers"/>; a cell is a string, a double, a DateTime, a bool or null.</param>
public sealed record ExcelRow(int Number, IReadOnlyList<object?> Cells)
{
    public bool IsBlank => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));
}
