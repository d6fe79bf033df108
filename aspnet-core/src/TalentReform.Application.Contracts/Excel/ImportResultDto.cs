namespace TalentReform.Excel;

/// <summary>
/// The outcome of an Excel import. Every row is checked and every error listed; nothing is imported unless
/// all rows are valid (then <see cref="ImportedRows"/> equals <see cref="TotalRows"/>). A dry run never writes.
/// </summary>
public record ImportResultDto(bool DryRun, int TotalRows, int ImportedRows, IReadOnlyList<ImportRowErrorDto> Errors);

/// <param name="Row">The Excel row number (the header row is 1).</param>
/// <param name="Column">The column's header text.</param>
/// <param name="Message">Localized.</param>
public record ImportRowErrorDto(int Row, string Column, string Message);
