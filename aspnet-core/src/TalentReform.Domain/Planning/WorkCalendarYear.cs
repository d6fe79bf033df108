using System.Globalization;
using TalentReform.Entities;

namespace TalentReform.Planning;

/// <summary>
/// The national working-day calendar of one year (the State Council's 部分节假日安排): the days that differ
/// from an ordinary Monday-to-Friday week. Host-level, not zone-owned: every zone works on the same calendar.
/// </summary>
public class WorkCalendarYear : AggregateRoot
{
    private readonly List<WorkCalendarDay> _days = [];

    public int Year { get; private set; }

    /// <summary>The special days in date order; changed only through <see cref="ReplaceDays"/>.</summary>
    public IReadOnlyList<WorkCalendarDay> Days => _days.OrderBy(d => d.Date).ToList();

    protected WorkCalendarYear()
    {
    }

    public WorkCalendarYear(Guid id, int year)
        : base(id)
    {
        CheckYear(year);
        Year = year;
    }

    public static void CheckYear(int year)
    {
        if (year is < WorkCalendarConsts.MinYear or > WorkCalendarConsts.MaxYear)
        {
            throw new BusinessException(TalentReformErrorCodes.WorkCalendarYearOutOfRange, year, WorkCalendarConsts.MinYear, WorkCalendarConsts.MaxYear);
        }
    }

    /// <summary>
    /// Replaces every special day. Refused (and nothing changed) when a date is listed twice, lies outside
    /// the year, or is a make-up working day on a weekday.
    /// </summary>
    public void ReplaceDays(IReadOnlyList<(DateOnly Date, WorkCalendarDayKind Kind, string Name)> days)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days.Count, WorkCalendarConsts.MaxSpecialDays);
        var seen = new HashSet<DateOnly>();
        foreach (var (date, kind, name) in days)
        {
            if (date.Year != Year)
            {
                throw new BusinessException(TalentReformErrorCodes.WorkCalendarDateOutsideYear, Format(date), Year);
            }

            if (!seen.Add(date))
            {
                throw new BusinessException(TalentReformErrorCodes.WorkCalendarDuplicateDate, Format(date));
            }

            if (kind == WorkCalendarDayKind.MakeUpWorkday && !WorkingDayCalendar.IsWeekend(date))
            {
                throw new BusinessException(TalentReformErrorCodes.WorkCalendarMakeUpDayNotOnWeekend, Format(date), name);
            }

            Check.NotNullOrWhiteSpace(name, nameof(name));
        }

        _days.Clear();
        _days.AddRange(days.Select(d => new WorkCalendarDay(Guid.NewGuid(), Id, d.Date, d.Kind, d.Name)));
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
