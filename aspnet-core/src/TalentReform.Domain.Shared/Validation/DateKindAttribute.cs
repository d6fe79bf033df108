using System.ComponentModel.DataAnnotations;
using System.Globalization;
using TalentReform.Localization;

namespace TalentReform.Validation;

/// <summary>
/// The kind of a date input and so its plausible range (see <see cref="DateBounds"/>). Every DateOnly,
/// DateTime and DateTimeOffset property of an input DTO carries one; an architecture test enforces it.
/// A date outside the range is refused with "'{0}' must be between {1} and {2}." in the caller's language.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public abstract class DateKindAttribute : ValidationAttribute
{
    public const string MessageKey = "Validation:DateRange";

    /// <summary>The earliest and latest date allowed today by this clock.</summary>
    public abstract (DateOnly Min, DateOnly Max) GetRange(TimeProvider clock);

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (ToDate(value) is not { } date)
        {
            return ValidationResult.Success;
        }

        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var (min, max) = GetRange(clock);
        if (date >= min && date <= max)
        {
            return ValidationResult.Success;
        }

        var culture = CultureInfo.CurrentUICulture;
        var message = TalentReformResource.Get(MessageKey, culture, validationContext.DisplayName,
            min.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), max.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }

    /// <summary>
    /// A DateTime or DateTimeOffset counts by its date in China. An instant within 8 hours of the end of the calendar
    /// (9999-12-31) has no China date: it counts as that last day, which every range refuses, instead of overflowing.
    /// </summary>
    private static DateOnly? ToDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTimeOffset o when o.UtcDateTime > DateTime.MaxValue - DateBounds.ChinaOffset => DateOnly.MaxValue,
        DateTimeOffset o => DateOnly.FromDateTime(o.ToOffset(DateBounds.ChinaOffset).DateTime),
        DateTime t => DateOnly.FromDateTime(t),
        _ => null,
    };
}

/// <summary>A person's or talent's birth date: from 1900-01-01 to today.</summary>
public sealed class BirthDateAttribute : DateKindAttribute
{
    public override (DateOnly Min, DateOnly Max) GetRange(TimeProvider clock) => (DateBounds.BirthMin, DateBounds.Today(clock));
}

/// <summary>
/// A fact of record that has already happened (founding, degree, 批文, certification, arrival, payment,
/// departure): from 1900-01-01 to the end of the business range (recorded facts may be entered ahead).
/// </summary>
public sealed class PastDateAttribute : DateKindAttribute
{
    public override (DateOnly Min, DateOnly Max) GetRange(TimeProvider clock) => (DateBounds.PastMin, DateBounds.BusinessMax);
}

/// <summary>An organisation, planning or payment date (effective dates, terms, due dates, report ranges): 1980-01-01 to 2100-12-31.</summary>
public sealed class BusinessDateAttribute : DateKindAttribute
{
    public override (DateOnly Min, DateOnly Max) GetRange(TimeProvider clock) => (DateBounds.BusinessMin, DateBounds.BusinessMax);
}
