using System.Globalization;
using TalentReform.Data;
using TalentReform.Localization;

namespace TalentReform.Excel;

/// <summary>
/// Writes exports and templates from an importer's columns, and runs an import: reads the upload (size-limited), checks the headers, then maps and creates row after row
/// inside one database transaction, each row saved so that later rows see it (codes, 领导职数, duplicates). A
/// domain refusal becomes that row's error and the checking goes on. The transaction is committed only when
/// no row has an error and it is not a dry run; otherwise it is rolled back, so nothing at all is written.
/// </summary>
public sealed class ExcelExchange(IExcelWorkbook workbook, IUnitOfWork unitOfWork)
{
    /// <summary>The importable columns and no rows.</summary>
    public ExcelFileDto Template<TInput, TResult>(IExcelRowImporter<TInput, TResult> importer, string resource)
        where TInput : class
    {
        var headers = importer.Columns.Where(c => !c.ExportOnly).Select(c => c.Header).ToList();
        return new ExcelFileDto($"{resource}-template.xlsx", workbook.Write(importer.SheetName, headers, []));
    }

    /// <summary>Every column (export-only ones too); a column missing from a row's cells stays empty.</summary>
    public ExcelFileDto Export<TInput, TResult>(
        IExcelRowImporter<TInput, TResult> importer, string resource, DateOnly today, IEnumerable<IReadOnlyDictionary<ExcelColumn, object?>> rows)
        where TInput : class
    {
        var columns = importer.Columns;
        var cells = rows.Select(row => (IReadOnlyList<object?>)columns.Select(c => row.GetValueOrDefault(c)).ToList());
        var fileName = $"{resource}-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";
        return new ExcelFileDto(fileName, workbook.Write(importer.SheetName, columns.Select(c => c.Header).ToList(), cells));
    }

    /// <summary>
    /// Runs the import within <see cref="ExcelConsts.MaxImportDuration"/>; the caller's token (the request's
    /// RequestAborted) stops it as soon as the client leaves. Either way the transaction is rolled back.
    /// </summary>
    public async Task<ImportResultDto> ImportAsync<TInput, TResult>(
        Stream file, bool dryRun, IExcelRowImporter<TInput, TResult> importer,
        Func<TInput, CancellationToken, Task<TResult>> create, CancellationToken cancellationToken)
        where TInput : class
    {
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeLimit.CancelAfter(ExcelConsts.MaxImportDuration);
        try
        {
            return await ImportWithinAsync(file, dryRun, importer, create, timeLimit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BusinessException(TalentReformErrorCodes.ImportFileInvalid,
                new LocalizedText("ExcelImport:TooSlow", (int)ExcelConsts.MaxImportDuration.TotalSeconds));
        }
    }

    private async Task<ImportResultDto> ImportWithinAsync<TInput, TResult>(
        Stream file, bool dryRun, IExcelRowImporter<TInput, TResult> importer,
        Func<TInput, CancellationToken, Task<TResult>> create, CancellationToken cancellationToken)
        where TInput : class
    {
        var sheet = workbook.Read(await BufferAsync(file, cancellationToken), cancellationToken);
        var headerErrors = CheckHeaders(sheet, importer.Columns);
        var rows = sheet.Rows.Where(r => !r.IsBlank).ToList();
        if (headerErrors.Count > 0)
        {
            return new ImportResultDto(dryRun, rows.Count, 0, headerErrors);
        }

        if (rows.Count > ExcelConsts.MaxImportRows)
        {
            throw new BusinessException(TalentReformErrorCodes.ImportFileInvalid, new LocalizedText("ExcelImport:TooManyRows", ExcelConsts.MaxImportRows));
        }

        var indexes = sheet.Headers
            .Select((header, index) => (header, index))
            .Where(h => h.header.Length > 0)
            .GroupBy(h => h.header, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);

        return await unitOfWork.RunInTransactionAsync(
            async ct =>
            {
                await importer.PrepareAsync(ct);
                var errors = new List<ImportRowErrorDto>();
                foreach (var row in rows)
                {
                    errors.AddRange(await ImportRowAsync(new ExcelRowReader(row, indexes), importer, create, ct));
                }

                var commit = !dryRun && errors.Count == 0;
                return (new ImportResultDto(dryRun, rows.Count, commit ? rows.Count : 0, errors), commit);
            },
            cancellationToken);
    }

    private async Task<IReadOnlyList<ImportRowErrorDto>> ImportRowAsync<TInput, TResult>(
        ExcelRowReader row, IExcelRowImporter<TInput, TResult> importer, Func<TInput, CancellationToken, Task<TResult>> create, CancellationToken cancellationToken)
        where TInput : class
    {
        var input = await importer.MapAsync(row, cancellationToken);
        if (input is null || row.HasErrors)
        {
            return row.Errors;
        }

        if (ImportedInputValidation.Errors(row.Number, importer.Columns, input) is { Count: > 0 } invalid)
        {
            return invalid;
        }

        try
        {
            importer.Created(row, input, await create(input, cancellationToken));
            return [];
        }
        catch (BusinessException e)
        {
            // Whatever the refused row left in the change tracker must not be saved with the next row.
            unitOfWork.DiscardPendingChanges();
            var message = TalentReformResource.Get(e.Code, CultureInfo.CurrentUICulture, e.Args.ToArray());
            return [new ImportRowErrorDto(row.Number, importer.ColumnOf(e.Code).Header, message)];
        }
    }

    private static List<ImportRowErrorDto> CheckHeaders(ExcelSheet sheet, IReadOnlyList<ExcelColumn> columns)
    {
        var present = sheet.Headers.ToHashSet(StringComparer.Ordinal);
        return columns
            .Where(c => c.Required && !c.ExportOnly && !present.Contains(c.Header))
            .Select(c => new ImportRowErrorDto(1, c.Header, TalentReformResource.Get("ExcelImport:MissingColumn", CultureInfo.CurrentUICulture, c.Header)))
            .ToList();
    }

    /// <summary>Copies the upload into memory, refusing it as soon as it passes the size limit.</summary>
    private static async Task<MemoryStream> BufferAsync(Stream file, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > ExcelConsts.MaxUploadBytes)
            {
                throw new BusinessException(TalentReformErrorCodes.ImportFileInvalid,
                    new LocalizedText("ExcelImport:FileTooLarge", ExcelConsts.MaxUploadBytes / (1024 * 1024)));
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }
}
