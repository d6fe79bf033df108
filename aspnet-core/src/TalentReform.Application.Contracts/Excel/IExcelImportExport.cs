namespace TalentReform.Excel;

/// <summary>
/// Excel (.xlsx) exchange of one resource, with Chinese column headers: export of the zone's current rows,
/// an empty template, and an import that checks every row (dry run) or imports all of them or none.
/// </summary>
public interface IExcelImportExport
{
    Task<ExcelFileDto> ExportAsync(CancellationToken cancellationToken = default);

    Task<ExcelFileDto> GetImportTemplateAsync(CancellationToken cancellationToken = default);

    /// <param name="file">The uploaded workbook; more than <see cref="ExcelConsts.MaxUploadBytes"/> or an unreadable file is refused (05019).</param>
    /// <param name="dryRun">Check only: nothing is written even when every row is valid.</param>
    Task<ImportResultDto> ImportAsync(Stream file, bool dryRun, CancellationToken cancellationToken = default);
}
