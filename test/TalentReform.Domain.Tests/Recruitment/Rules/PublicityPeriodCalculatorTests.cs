using TalentReform.Planning;

namespace TalentReform.Recruitment;

/// <summary>公示 periods in working days on the seeded 2026 calendar (国办发 2026 notice): holidays skipped, 调休 days counted.</summary>
public class PublicityPeriodCalculatorTests
{
    private static async Task<PublicityPeriodCalculator> CalculatorAsync() =>
        new(new WorkingDayCalendar(await InMemoryWorkCalendarYearRepository.SeededAsync()));

    [Theory]
    // Mon 11-23 → Tue 11-24 (1) … Fri 11-27 (4), Mon 11-30 (5), Tue 12-01 (6), Wed 12-02 (7)
    [InlineData("2026-11-23", "2026-11-24", "2026-12-02")]
    // Fri 11-27 → the weekend does not count: Mon 11-30 (1) … Fri 12-04 (5), Mon 12-07 (6), Tue 12-08 (7)
    [InlineData("2026-11-27", "2026-11-30", "2026-12-08")]
    // 国庆 10-01…10-07 off, Sat 10-10 a make-up day: Tue 09-29 (1), Wed 09-30 (2), Thu 10-08 (3), Fri 10-09 (4),
    // Sat 10-10 (5), Mon 10-12 (6), Tue 10-13 (7)
    [InlineData("2026-09-28", "2026-09-29", "2026-10-13")]
    // Published on a holiday (Sat 10-03): Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 (3), Mon 10-12 (4) … Thu 10-15 (7)
    [InlineData("2026-10-03", "2026-10-08", "2026-10-15")]
    // 春节 02-15…02-23 off, Sat 02-14 a make-up day: Thu 02-12 (1), Fri 02-13 (2), Sat 02-14 (3), Tue 02-24 (4),
    // Wed 02-25 (5), Thu 02-26 (6), Fri 02-27 (7)
    [InlineData("2026-02-11", "2026-02-12", "2026-02-27")]
    // Published inside 春节 (Fri 02-20), Sat 02-28 a make-up day: Tue 02-24 (1) … Fri 02-27 (4), Sat 02-28 (5),
    // Mon 03-02 (6), Tue 03-03 (7)
    [InlineData("2026-02-20", "2026-02-24", "2026-03-03")]
    public async Task Seven_working_days_from_the_day_after_publication(string published, string starts, string ends)
    {
        var calculator = await CalculatorAsync();

        var period = await calculator.ComputeAsync(Date(published));

        period.PublishedOn.ShouldBe(Date(published));
        period.StartsOn.ShouldBe(Date(starts));
        period.EndsOn.ShouldBe(Date(ends));
        period.WorkingDays.ShouldBe(7);
        period.EndsAt.ShouldBe(new DateTimeOffset(Date(ends).ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task The_length_is_configurable_and_may_end_on_a_make_up_saturday()
    {
        var calculator = await CalculatorAsync();

        // 5 working days from Mon 09-28: 09-29, 09-30, 10-08, 10-09, Sat 10-10
        var period = await calculator.ComputeAsync(Date("2026-09-28"), 5);

        period.EndsOn.ShouldBe(Date("2026-10-10"));
    }

    [Fact]
    public async Task A_period_without_working_days_is_refused()
    {
        var calculator = await CalculatorAsync();

        var exception = await Should.ThrowAsync<BusinessException>(() => calculator.ComputeAsync(Date("2026-09-28"), 0));

        exception.Code.ShouldBe(TalentReformErrorCodes.RecruitmentWorkingDaysOutOfRange);
    }

    private static DateOnly Date(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
