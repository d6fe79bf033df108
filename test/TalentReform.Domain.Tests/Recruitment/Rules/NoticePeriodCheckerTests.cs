using TalentReform.Planning;

namespace TalentReform.Recruitment;

/// <summary>招聘公告 public ≥ 7 working days, registration ≥ 3 days, optional lead time (RECRUITMENT-RULES §1.2).</summary>
public class NoticePeriodCheckerTests
{
    private static async Task<NoticePeriodChecker> CheckerAsync() =>
        new(new WorkingDayCalendar(await InMemoryWorkCalendarYearRepository.SeededAsync()));

    [Fact]
    public async Task The_Nanjing_2026_timeline_passes_when_the_notice_stays_up_seven_working_days()
    {
        // Published Wed 03-18; public until Fri 03-27: 03-19, 03-20, 03-23 … 03-27 = 7; registration 03-21 … 03-25 = 5 days
        var checker = await CheckerAsync();

        (await checker.CheckAsync(Schedule("2026-03-18", "2026-03-27", "2026-03-21", "2026-03-25"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_notice_taken_down_a_working_day_early_is_too_short()
    {
        // Until Thu 03-26: 6 working days after 03-18
        var checker = await CheckerAsync();

        var violations = await checker.CheckAsync(Schedule("2026-03-18", "2026-03-26", "2026-03-21", "2026-03-25"));

        violations.ShouldBe([new NoticeViolation(NoticeViolationKind.NoticeTooShort, 7, 6)]);
    }

    [Theory]
    // 国庆: after Mon 09-28 come 09-29, 09-30, 10-08, 10-09, Sat 10-10 (调休), 10-12 = 6, then 10-13 = 7
    [InlineData("2026-10-12", false)]
    [InlineData("2026-10-13", true)]
    public async Task Holidays_do_not_count_and_make_up_days_do(string publicUntil, bool valid)
    {
        var checker = await CheckerAsync();

        var violations = await checker.CheckAsync(Schedule("2026-09-28", publicUntil, "2026-10-08", "2026-10-12"));

        violations.Count.ShouldBe(valid ? 0 : 1);
    }

    [Fact]
    public async Task Registration_needs_three_days_first_and_last_included()
    {
        var checker = await CheckerAsync();

        (await checker.CheckAsync(Schedule("2026-03-18", "2026-03-27", "2026-03-21", "2026-03-23"))).ShouldBeEmpty();
        (await checker.CheckAsync(Schedule("2026-03-18", "2026-03-27", "2026-03-21", "2026-03-22")))
            .ShouldBe([new NoticeViolation(NoticeViolationKind.RegistrationTooShort, 3, 2)]);
    }

    [Fact]
    public async Task Registration_cannot_open_before_the_notice_or_close_before_it_opens()
    {
        var checker = await CheckerAsync();

        (await checker.CheckAsync(Schedule("2026-03-18", "2026-03-27", "2026-03-17", "2026-03-25")))
            .Single().Kind.ShouldBe(NoticeViolationKind.RegistrationBeforeNotice);
        (await checker.CheckAsync(Schedule("2026-03-18", "2026-03-27", "2026-03-21", "2026-03-20")))
            .Single().Kind.ShouldBe(NoticeViolationKind.RegistrationEndsBeforeStart);
    }

    [Fact]
    public async Task The_lead_time_is_checked_only_when_set_and_the_minimums_are_configurable()
    {
        var checker = await CheckerAsync();
        var nanjing = Schedule("2026-03-18", "2026-03-27", "2026-03-21", "2026-03-25");

        // 山东's 15 days before registration: 03-18 → 03-21 is 3
        (await checker.CheckAsync(nanjing with { LeadDays = 15 })).ShouldBe([new NoticeViolation(NoticeViolationKind.LeadTimeTooShort, 15, 3)]);
        // 10 working days public: 03-19 … 03-27 gives 7
        (await checker.CheckAsync(nanjing with { NoticeWorkingDays = 10 })).ShouldBe([new NoticeViolation(NoticeViolationKind.NoticeTooShort, 10, 7)]);
        // registration of 7 days: 03-21 … 03-25 gives 5
        (await checker.CheckAsync(nanjing with { RegistrationDays = 7 })).ShouldBe([new NoticeViolation(NoticeViolationKind.RegistrationTooShort, 7, 5)]);
    }

    [Fact]
    public async Task Publishing_refuses_with_the_first_violation()
    {
        var checker = await CheckerAsync();

        var exception = await Should.ThrowAsync<BusinessException>(() =>
            checker.EnsureValidAsync(Schedule("2026-03-18", "2026-03-26", "2026-03-21", "2026-03-25")));

        exception.Code.ShouldBe(TalentReformErrorCodes.NoticePublicTooShort);
        exception.Message("zh-Hans").ShouldBe("招聘公告发布时间不得少于 7 个工作日，当前仅 6 个工作日。");
        exception.Message("en").ShouldBe("The recruitment notice must stay public at least 7 working days; it is public 6.");
    }

    private static NoticeSchedule Schedule(string published, string publicUntil, string opens, string closes) =>
        new(Date(published), Date(publicUntil), Date(opens), Date(closes));

    private static DateOnly Date(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
