namespace TalentReform.Excel;

/// <summary>A generated .xlsx workbook, for download.</summary>
public record ExcelFileDto(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
