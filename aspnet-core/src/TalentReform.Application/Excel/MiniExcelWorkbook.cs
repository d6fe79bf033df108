using System.Data;
using MiniExcelLibs;
using TalentReform.Localization;

namespace TalentReform.Excel;

public sealed class MiniExcelWorkbook : IExcelWorkbook
{
    public ExcelSheet Read(Stream xlsx, CancellationToken cancellationToken)
    {
        // MiniExcel trusts the package (a declared dimension of A1:XFD100 costs minutes): check it first.
        XlsxPackageGuard.Check(xlsx, cancellationToken);
        List<IDictionary<string, object?>> rows;
        try
        {
            // Without a header row MiniExcel keys cells by column letter and yields blank rows too, so the
            // position in the list is the Excel row number minus one.
            rows = xlsx.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Select(row =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return row;
                })
                .ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new BusinessException(TalentReformErrorCodes.ImportFileInvalid, new LocalizedText("ExcelImport:NotXlsx"));
        }

        if (rows.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.ImportFileInvalid, new LocalizedText("ExcelImport:NoHeader"));
        }

        var letters = rows[0].Keys.ToList();
        var headers = letters.Select(l => Convert.ToString(rows[0][l], System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).ToList();
        var data = rows.Skip(1)
            .Select((row, index) => new ExcelRow(index + 2, letters.Select(l => row.TryGetValue(l, out var value) ? value : null).ToList()))
            .ToList();
        return new ExcelSheet(headers, data);
    }

    public byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        // A DataTable keeps the column order and writes the header row even when there are no rows (the template).
        using var table = new DataTable(sheetName);
        foreach (var header in headers)
        {
            table.Columns.Add((string)SpreadsheetText.Neutralise(header)!, typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(cell => SpreadsheetText.Neutralise(cell) ?? DBNull.Value).ToArray());
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: sheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
