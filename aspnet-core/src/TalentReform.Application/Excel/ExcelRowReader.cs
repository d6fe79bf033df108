using System.Globalization;
using System.Text.RegularExpressions;
using TalentReform.Localization;
using TalentReform.Validation;

namespace TalentReform.Excel;

/// <summary>
/// Reads one data row cell by cell: each getter converts and checks the cell (required, length, enum, number,
/// date) and records a localized error for its column instead of throwing, so a row reports all its errors.
/// </summary>
public sealed class ExcelRowReader(ExcelRow row, IReadOnlyDictionary<string, int> columnIndexes)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    private readonly List<ImportRowErrorDto> _errors = [];

    public int Number => row.Number;

    public IReadOnlyList<ImportRowErrorDto> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public bool HasErrorIn(ExcelColumn column) => _errors.Any(e => e.Column == column.Header);

    public void AddError(ExcelColumn column, string key, params object?[] args) =>
        _errors.Add(new ImportRowErrorDto(row.Number, column.Header, TalentReformResource.Get(key, CultureInfo.CurrentUICulture, args)));

    /// <summary>The cell as trimmed text, or null when empty (or when the sheet has no such column).</summary>
    public string? Raw(ExcelColumn column)
    {
        if (!columnIndexes.TryGetValue(column.Header, out var index) || index >= row.Cells.Count)
        {
            return null;
        }

        var text = row.Cells[index] switch
        {
            null => null,
            string s => s,
            double d => Math.Abs(d) < 1e27 ? ((decimal)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture),
            DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("s", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        // The same text rule as every API input (trimmed, NFC, no control characters); a refused cell is an error of its column.
        if (text is not null && !InputText.TryNormalize(text, out text, out var errorKey))
        {
            AddError(column, errorKey!);
            return null;
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    public string? Text(ExcelColumn column, int maxLength, string? pattern = null)
    {
        var text = Raw(column);
        if (text is null)
        {
            RequireIfNeeded(column);
            return null;
        }

        if (text.Length > maxLength)
        {
            AddError(column, "Validation:StringLength", column.Header, maxLength);
            return null;
        }

        if (pattern is not null && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            AddError(column, "Validation:Pattern", column.Header);
            return null;
        }

        return text;
    }

    /// <summary>Accepts the value's zh-Hans or English text (as exported) or the member name, case-insensitively.</summary>
    public TEnum? Enum<TEnum>(ExcelColumn column)
        where TEnum : struct, Enum
    {
        var text = Raw(column);
        if (text is null)
        {
            RequireIfNeeded(column);
            return null;
        }

        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            if (ExcelValues.Matches(value, text))
            {
                return value;
            }
        }

        AddError(column, "ExcelImport:UnknownValue", column.Header, text,
            string.Join("、", System.Enum.GetValues<TEnum>().Select(v => ExcelValues.Text(v))));
        return null;
    }

    public int? Int(ExcelColumn column, int min, int max)
    {
        var text = Raw(column);
        if (text is null)
        {
            RequireIfNeeded(column);
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number))
        {
            AddError(column, "ExcelImport:InvalidInteger", column.Header, text);
            return null;
        }

        if (number < min || number > max)
        {
            AddError(column, "Validation:Range", column.Header, min, max);
            return null;
        }

        return (int)number;
    }

    public decimal? Decimal(ExcelColumn column, decimal min, decimal max)
    {
        var text = Raw(column);
        if (text is null)
        {
            RequireIfNeeded(column);
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            AddError(column, "ExcelImport:InvalidNumber", column.Header, text);
            return null;
        }

        if (number < min || number > max)
        {
            AddError(column, "Validation:Range", column.Header, min, max);
            return null;
        }

        return number;
    }

    /// <summary>An Excel date, or text such as 2026-01-31, 2026/1/31 or 2026年1月31日.</summary>
    public DateOnly? Date(ExcelColumn column)
    {
        if (columnIndexes.TryGetValue(column.Header, out var index) && index < row.Cells.Count && row.Cells[index] is DateTime dateTime)
        {
            return DateOnly.FromDateTime(dateTime);
        }

        var text = Raw(column);
        if (text is null)
        {
            RequireIfNeeded(column);
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A date cell without a date format reaches us as its serial number (days since 1899-12-30).
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        AddError(column, "ExcelImport:InvalidDate", column.Header, text);
        return null;
    }

    /// <summary>是/否 (also yes/no, true/false, 1/0); empty is false unless the column is required.</summary>
    public bool Bool(ExcelColumn column)
    {
        var text = Raw(column);
        if (text is null)
        {
            RequireIfNeeded(column);
            return false;
        }

        if (ExcelValues.ParseBool(text) is { } value)
        {
            return value;
        }

        AddError(column, "ExcelImport:UnknownValue", column.Header, text, ExcelValues.Text(true) + "、" + ExcelValues.Text(false));
        return false;
    }

    private void RequireIfNeeded(ExcelColumn column)
    {
        if (column.Required)
        {
            AddError(column, "Validation:Required", column.Header);
        }
    }
}
