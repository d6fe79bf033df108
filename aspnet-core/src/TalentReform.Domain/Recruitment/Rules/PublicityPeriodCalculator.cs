using TalentReform.Planning;

namespace TalentReform.Recruitment;

/// <summary>A 公示 period as the notice prints it: first and last day, both China dates and both inclusive.</summary>
public sealed record PublicityPeriod(DateOnly PublishedOn, DateOnly StartsOn, DateOnly EndsOn, int WorkingDays)
{
    /// <summary>Objections are accepted until the end of the last day (23:59:59 UTC+8).</summary>
    public DateTimeOffset EndsAt => WorkingDayCalendar.EndOfChinaDay(EndsOn);
}

/// <summary>
/// 公示 of proposed hires (RECRUITMENT-RULES §1.7): N working days (default 7, as in 苏州/南京 2026) on the national
/// calendar, where 调休 make-up days count and holidays do not, counted from the day after publication
/// (民法典 art. 201: 开始的当日不计入). The period starts on the first working day after publication and ends on
/// the Nth; the calendar's working-day arithmetic is reused, not copied.
/// </summary>
public class PublicityPeriodCalculator(WorkingDayCalendar calendar)
{
    public async Task<PublicityPeriod> ComputeAsync(DateOnly publishedOn,
        int workingDays = RecruitmentDefaults.PublicityWorkingDays, CancellationToken cancellationToken = default)
    {
        if (workingDays is < 1 or > WorkingDayCalendar.MaxWorkingDays)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentWorkingDaysOutOfRange, workingDays, WorkingDayCalendar.MaxWorkingDays);
        }

        var publishedAt = new DateTimeOffset(publishedOn.ToDateTime(TimeOnly.MinValue), WorkCalendarConsts.ChinaOffset);
        var startsOn = WorkingDayCalendar.ChinaDate(await calendar.AddWorkingDaysAsync(publishedAt, 1, cancellationToken));
        var endsOn = WorkingDayCalendar.ChinaDate(await calendar.AddWorkingDaysAsync(publishedAt, workingDays, cancellationToken));
        return new PublicityPeriod(publishedOn, startsOn, endsOn, workingDays);
    }
}
