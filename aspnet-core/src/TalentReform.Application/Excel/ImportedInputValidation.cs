using System.ComponentModel.DataAnnotations;

namespace TalentReform.Excel;

/// <summary>
/// An imported row becomes the same input DTO the API binds, and is checked by the same attributes (date
/// kinds, ranges, lengths) before it is created: an Excel file is an input like any other.
/// </summary>
public static class ImportedInputValidation
{
    public static IReadOnlyList<ImportRowErrorDto> Errors(int rowNumber, IReadOnlyList<ExcelColumn> columns, object input)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return [];
        }

        return results
            .Select(r => new ImportRowErrorDto(rowNumber, ColumnOf(columns, r.MemberNames.FirstOrDefault()), r.ErrorMessage ?? string.Empty))
            .ToList();
    }

    /// <summary>The column of a DTO property: its key ends with the property name ("ExcelColumn:Person.BirthDate").</summary>
    private static string ColumnOf(IReadOnlyList<ExcelColumn> columns, string? member) =>
        columns.FirstOrDefault(c => member is not null && c.Key.EndsWith("." + member, StringComparison.Ordinal))?.Header ?? member ?? string.Empty;
}
