namespace TalentReform.Excel;

/// <summary>
/// The resource-specific half of an import: the columns, and each row turned into the app service's create
/// input (checked cell by cell, references such as unit codes resolved). Creating goes through the app
/// service itself, so the domain rules apply exactly as for a single create.
/// </summary>
/// <typeparam name="TInput">The create DTO.</typeparam>
/// <typeparam name="TResult">What the create returns.</typeparam>
public interface IExcelRowImporter<TInput, in TResult>
    where TInput : class
{
    /// <summary>The sheet name (zh-Hans) of the template and the export.</summary>
    string SheetName { get; }

    IReadOnlyList<ExcelColumn> Columns { get; }

    /// <summary>Called once before the first row (and again if the whole import is retried): load lookups, forget earlier rows.</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>The create input, or null when the row has errors (recorded on <paramref name="row"/>).</summary>
    Task<TInput?> MapAsync(ExcelRowReader row, CancellationToken cancellationToken);

    /// <summary>After a row was created: later rows may refer to it.</summary>
    void Created(ExcelRowReader row, TInput input, TResult result);

    /// <summary>The column a domain refusal (by error code) belongs to, for the error report.</summary>
    ExcelColumn ColumnOf(string errorCode);
}
