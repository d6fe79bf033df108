namespace TalentReform.Planning;

/// <summary>
/// Working-day arithmetic on the national calendar (承诺时限 in working days): Monday to Friday are working
/// days, Saturday and Sunday are not, and a year's <see cref="WorkCalendarYear"/> overrides single days
/// (法定节假日 off, 调休上班 on). Dates are China dates (UTC+8); a year without calendar data falls back to
/// plain weekends (no holidays, no make-up days), so arithmetic never fails for lack of data.
/// Scoped: each year is read once per scope (request) and then kept.
/// </summary>
public class WorkingDayCalendar(IWorkCalendarYearRepository years)
{
    /// <summary>An upper bound on a time limit (about 14 years), so a bad input cannot loop for long.</summary>
    public const int MaxWorkingDays = 3650;

    private static readonly TimeOnly EndOfDay = new(23, 59, 59);

    private readonly Dictionary<int, IReadOnlyDictionary<DateOnly, WorkCalendarDayKind>> _loaded = [];

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The calendar date in China (UTC+8) at the instant.</summary>
    public static DateOnly ChinaDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(instant.ToOffset(WorkCalendarConsts.ChinaOffset).DateTime);

    /// <summary>23:59:59 China time (UTC+8) of the date.</summary>
    public static DateTimeOffset EndOfChinaDay(DateOnly date) =>
        new(date.ToDateTime(EndOfDay), WorkCalendarConsts.ChinaOffset);

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var special = await SpecialDaysAsync(date.Year, cancellationToken);
        return special.TryGetValue(date, out var kind) ? kind == WorkCalendarDayKind.MakeUpWorkday : !IsWeekend(date);
    }

    /// <summary>
    /// The due time of a limit of <paramref name="workingDays"/> working days starting at <paramref name="start"/>:
    /// the count starts on the next working day after the start's China date (the start day itself never
    /// counts, whatever the hour), and the limit ends at 23:59:59 UTC+8 of the last counted day.
    /// Zero working days means the end of the start's own day (当日办结).
    /// </summary>
    public async Task<DateTimeOffset> AddWorkingDaysAsync(DateTimeOffset start, int workingDays, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);
        var day = ChinaDate(start);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (await IsWorkingDayAsync(day, cancellationToken))
            {
                counted++;
            }
        }

        return EndOfChinaDay(day);
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>, negative when
    /// <paramref name="to"/> is earlier; the inverse of <see cref="AddWorkingDaysAsync"/>:
    /// between a start's date and its due date lie exactly the limit's working days. "Remaining working days"
    /// of a step is WorkingDaysBetween(today, due date): 0 on the last day, negative once overdue.
    /// </summary>
    public async Task<int> WorkingDaysBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to < from)
        {
            return -await WorkingDaysBetweenAsync(to, from, cancellationToken);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (await IsWorkingDayAsync(day, cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    private async Task<IReadOnlyDictionary<DateOnly, WorkCalendarDayKind>> SpecialDaysAsync(int year, CancellationToken cancellationToken)
    {
        if (!_loaded.TryGetValue(year, out var special))
        {
            // No data for the year: an empty override set, i.e. plain weekends.
            var calendar = year is >= WorkCalendarConsts.MinYear and <= WorkCalendarConsts.MaxYear
                ? await years.FindByYearAsync(year, cancellationToken)
                : null;
            special = calendar?.Days.ToDictionary(d => d.Date, d => d.Kind) ?? new Dictionary<DateOnly, WorkCalendarDayKind>();
            _loaded[year] = special;
        }

        return special;
    }
}
