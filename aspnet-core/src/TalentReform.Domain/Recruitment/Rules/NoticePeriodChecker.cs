using TalentReform.Planning;

namespace TalentReform.Recruitment;

/// <summary>One broken publication rule, with the minimum and what the dates give.</summary>
public sealed record NoticeViolation(NoticeViolationKind Kind, int Required, int Actual)
{
    public string ErrorCode => Kind switch
    {
        NoticeViolationKind.NoticeTooShort => TalentReformErrorCodes.NoticePublicTooShort,
        NoticeViolationKind.RegistrationTooShort => TalentReformErrorCodes.RegistrationTooShort,
        NoticeViolationKind.RegistrationBeforeNotice => TalentReformErrorCodes.RegistrationBeforeNotice,
        NoticeViolationKind.RegistrationEndsBeforeStart => TalentReformErrorCodes.RegistrationEndsBeforeStart,
        _ => TalentReformErrorCodes.NoticeLeadTimeTooShort,
    };

    public BusinessException ToException() => new(ErrorCode, Required, Actual);
}

/// <summary>A campaign's publication dates (China dates, all inclusive) and the minimums it must meet.</summary>
public sealed record NoticeSchedule(
    DateOnly PublishedOn,
    DateOnly PublicUntil,
    DateOnly RegistrationOpensOn,
    DateOnly RegistrationClosesOn)
{
    /// <summary>招聘公告 public at least this many working days (RECRUITMENT-RULES §1.2).</summary>
    public int NoticeWorkingDays { get; init; } = RecruitmentDefaults.NoticeWorkingDays;

    /// <summary>报名时间一般不少于3天: calendar days, first and last day included.</summary>
    public int RegistrationDays { get; init; } = RecruitmentDefaults.RegistrationDays;

    /// <summary>Calendar days between publication and the opening of registration (山东: 报名前15天发布); null = not checked, the default.</summary>
    public int? LeadDays { get; init; }
}

/// <summary>
/// The notice and registration periods (RECRUITMENT-RULES §1.2): the notice stays public at least N working days
/// (default 7), which real 2026 timelines (南京, 苏州: published 03-18, registration 03-21 to 03-25) show is not a
/// lead time before registration; registration is open at least 3 days. The working days are counted from the day
/// after publication like the 公示 (民法典 art. 201); that is the stricter reading, so a notice that passes here
/// also passes where the publication day counts. A lead-time check is separate and off unless set.
/// </summary>
public class NoticePeriodChecker(WorkingDayCalendar calendar)
{
    public async Task<IReadOnlyList<NoticeViolation>> CheckAsync(NoticeSchedule schedule, CancellationToken cancellationToken = default)
    {
        if (schedule.NoticeWorkingDays is < 1 or > WorkingDayCalendar.MaxWorkingDays)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentWorkingDaysOutOfRange, schedule.NoticeWorkingDays, WorkingDayCalendar.MaxWorkingDays);
        }

        var violations = new List<NoticeViolation>();
        var publicDays = await calendar.WorkingDaysBetweenAsync(schedule.PublishedOn, schedule.PublicUntil, cancellationToken);
        if (publicDays < schedule.NoticeWorkingDays)
        {
            violations.Add(new NoticeViolation(NoticeViolationKind.NoticeTooShort, schedule.NoticeWorkingDays, Math.Max(0, publicDays)));
        }

        var registrationDays = schedule.RegistrationClosesOn.DayNumber - schedule.RegistrationOpensOn.DayNumber + 1;
        if (registrationDays < 1)
        {
            violations.Add(new NoticeViolation(NoticeViolationKind.RegistrationEndsBeforeStart, 1, registrationDays));
        }
        else if (registrationDays < schedule.RegistrationDays)
        {
            violations.Add(new NoticeViolation(NoticeViolationKind.RegistrationTooShort, schedule.RegistrationDays, registrationDays));
        }

        var leadDays = schedule.RegistrationOpensOn.DayNumber - schedule.PublishedOn.DayNumber;
        if (leadDays < 0)
        {
            violations.Add(new NoticeViolation(NoticeViolationKind.RegistrationBeforeNotice, 0, leadDays));
        }
        else if (leadDays < schedule.LeadDays)
        {
            violations.Add(new NoticeViolation(NoticeViolationKind.LeadTimeTooShort, schedule.LeadDays.Value, leadDays));
        }

        return violations;
    }

    /// <summary>For publishing a campaign: refuses with the first violation.</summary>
    public async Task EnsureValidAsync(NoticeSchedule schedule, CancellationToken cancellationToken = default)
    {
        var violations = await CheckAsync(schedule, cancellationToken);
        if (violations.Count > 0)
        {
            throw violations[0].ToException();
        }
    }
}
