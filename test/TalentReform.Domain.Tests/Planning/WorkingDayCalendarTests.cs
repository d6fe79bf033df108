namespace TalentReform.Planning;

/// <summary>Due-time arithmetic (承诺时限) on the seeded 2025/2026 calendars: weekends, statutory holidays, 调休 make-up days.</summary>
public class WorkingDayCalendarTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, China);

    private static DateTimeOffset Due(int year, int month, int day) => new(year, month, day, 23, 59, 59, China);

    private static async Task<WorkingDayCalendar> CalendarAsync() => new(await InMemoryWorkCalendarYearRepository.SeededAsync());

    [Theory]
    [InlineData("2025-01-01", false)] // 元旦, a Wednesday
    [InlineData("2025-01-02", true)]
    [InlineData("2025-01-26", true)] // Sunday, 春节 make-up day
    [InlineData("2025-02-03", false)] // Monday inside 春节
    [InlineData("2025-02-08", true)] // Saturday, 春节 make-up day
    [InlineData("2025-02-09", false)] // ordinary Sunday
    [InlineData("2025-04-27", true)] // Sunday, 劳动节 make-up day
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-11", true)] // Saturday, 国庆 make-up day
    [InlineData("2026-01-04", true)] // Sunday, 元旦 make-up day
    [InlineData("2026-02-23", false)] // Monday, last day of 春节
    [InlineData("2026-05-09", true)]
    [InlineData("2026-09-25", false)] // Friday, 中秋
    [InlineData("2026-10-10", true)]
    [InlineData("2026-11-27", true)] // ordinary Friday
    [InlineData("2026-11-28", false)] // ordinary Saturday
    public async Task Working_days_follow_weekends_holidays_and_make_up_days(string date, bool working)
    {
        // Arrange
        var calendar = await CalendarAsync();

        // Act
        var result = await calendar.IsWorkingDayAsync(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        result.ShouldBe(working);
    }

    [Fact]
    public async Task Friday_plus_one_is_due_on_Monday_night()
    {
        var calendar = await CalendarAsync();

        (await calendar.AddWorkingDaysAsync(At(2025, 3, 7), 1)).ShouldBe(Due(2025, 3, 10));
    }

    [Fact]
    public async Task The_start_day_never_counts_even_early_in_the_morning_or_on_a_weekend()
    {
        var calendar = await CalendarAsync();

        (await calendar.AddWorkingDaysAsync(At(2025, 3, 10, 0), 1)).ShouldBe(Due(2025, 3, 11));
        (await calendar.AddWorkingDaysAsync(At(2025, 3, 8), 1)).ShouldBe(Due(2025, 3, 10)); // Saturday start → Monday
    }

    [Fact]
    public async Task National_day_holiday_is_skipped_and_the_make_up_Saturday_counts()
    {
        // 2025-09-30 (Tuesday): 10-01..10-08 are off; 10-09 (Thu) and 10-10 (Fri) count, and so does the make-up
        // Saturday 10-11 (调休上班), so the third working day is 10-11, not 10-10.
        var calendar = await CalendarAsync();
        var start = At(2025, 9, 30);

        (await calendar.AddWorkingDaysAsync(start, 1)).ShouldBe(Due(2025, 10, 9));
        (await calendar.AddWorkingDaysAsync(start, 2)).ShouldBe(Due(2025, 10, 10));
        (await calendar.AddWorkingDaysAsync(start, 3)).ShouldBe(Due(2025, 10, 11));
        (await calendar.AddWorkingDaysAsync(start, 4)).ShouldBe(Due(2025, 10, 13));
    }

    [Fact]
    public async Task Make_up_Sunday_before_spring_festival_counts_and_the_festival_is_skipped()
    {
        var calendar = await CalendarAsync();

        // Friday 2025-01-24 + 1: Sunday 01-26 is a make-up working day.
        (await calendar.AddWorkingDaysAsync(At(2025, 1, 24), 1)).ShouldBe(Due(2025, 1, 26));

        // Monday 2025-01-27 + 1: 01-28..02-04 are off → Wednesday 02-05.
        (await calendar.AddWorkingDaysAsync(At(2025, 1, 27), 1)).ShouldBe(Due(2025, 2, 5));

        // 2025-02-07 (Fri) + 1: Saturday 02-08 is a make-up day.
        (await calendar.AddWorkingDaysAsync(At(2025, 2, 7), 1)).ShouldBe(Due(2025, 2, 8));
    }

    [Fact]
    public async Task A_limit_across_the_new_year_uses_both_years()
    {
        // 2025-12-31 (Wed) + 2: 2026-01-01..03 are off, Sunday 01-04 is a make-up day, then Monday 01-05.
        var calendar = await CalendarAsync();

        (await calendar.AddWorkingDaysAsync(At(2025, 12, 31), 2)).ShouldBe(Due(2026, 1, 5));
    }

    [Fact]
    public async Task The_start_is_taken_as_a_China_date()
    {
        // 2025-09-30 17:00 UTC is already 10-01 01:00 in China: the count starts after 10-01, the same as from 09-30.
        // 2025-10-08 17:00 UTC is 10-09 01:00 in China, a working day that itself does not count.
        var calendar = await CalendarAsync();

        (await calendar.AddWorkingDaysAsync(new DateTimeOffset(2025, 9, 30, 17, 0, 0, TimeSpan.Zero), 1)).ShouldBe(Due(2025, 10, 9));
        (await calendar.AddWorkingDaysAsync(new DateTimeOffset(2025, 10, 8, 17, 0, 0, TimeSpan.Zero), 1)).ShouldBe(Due(2025, 10, 10));
        var due = await calendar.AddWorkingDaysAsync(new DateTimeOffset(2025, 10, 8, 17, 0, 0, TimeSpan.Zero), 1);
        due.Offset.ShouldBe(China);
        due.UtcDateTime.ShouldBe(new DateTime(2025, 10, 10, 15, 59, 59, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Zero_days_is_the_end_of_the_start_day_and_negative_or_huge_limits_are_refused()
    {
        var calendar = await CalendarAsync();

        (await calendar.AddWorkingDaysAsync(At(2025, 10, 3), 0)).ShouldBe(Due(2025, 10, 3));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => calendar.AddWorkingDaysAsync(At(2025, 10, 3), -1));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => calendar.AddWorkingDaysAsync(At(2025, 10, 3), WorkingDayCalendar.MaxWorkingDays + 1));
    }

    [Fact]
    public async Task Years_without_data_fall_back_to_plain_weekends()
    {
        // 2030 has no calendar: 2030-01-01 (Tuesday) is a working day, the weekend is not.
        var calendar = await CalendarAsync();

        (await calendar.IsWorkingDayAsync(new DateOnly(2030, 1, 1))).ShouldBeTrue();
        (await calendar.AddWorkingDaysAsync(At(2030, 1, 4), 1)).ShouldBe(Due(2030, 1, 7)); // Friday → Monday
        (await calendar.WorkingDaysBetweenAsync(new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 31))).ShouldBe(22);
    }

    [Fact]
    public async Task Working_days_between_counts_after_the_first_date_up_to_the_second()
    {
        var calendar = await CalendarAsync();

        (await calendar.WorkingDaysBetweenAsync(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 11))).ShouldBe(3);
        (await calendar.WorkingDaysBetweenAsync(new DateOnly(2025, 10, 11), new DateOnly(2025, 9, 30))).ShouldBe(-3);
        (await calendar.WorkingDaysBetweenAsync(new DateOnly(2025, 10, 10), new DateOnly(2025, 10, 10))).ShouldBe(0);
        (await calendar.WorkingDaysBetweenAsync(new DateOnly(2025, 3, 7), new DateOnly(2025, 3, 10))).ShouldBe(1); // Fri → Mon

        // Whole years, counted by hand from the notices: 261 weekdays each (both years start on a weekday and
        // have 365 days); 2025 loses 18 weekdays to holidays and gains 5 make-up days, 2026 loses 19 and gains 6.
        (await calendar.WorkingDaysBetweenAsync(new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31))).ShouldBe(248);
        (await calendar.WorkingDaysBetweenAsync(new DateOnly(2025, 12, 31), new DateOnly(2026, 12, 31))).ShouldBe(248);
    }

    [Theory]
    [InlineData(2025, 9, 30, 3)]
    [InlineData(2025, 1, 24, 5)]
    [InlineData(2026, 2, 13, 4)]
    [InlineData(2026, 9, 18, 10)]
    public async Task Working_days_between_is_the_inverse_of_adding(int year, int month, int day, int limit)
    {
        var calendar = await CalendarAsync();
        var start = At(year, month, day);

        var due = await calendar.AddWorkingDaysAsync(start, limit);

        (await calendar.WorkingDaysBetweenAsync(DateOnly.FromDateTime(start.DateTime), DateOnly.FromDateTime(due.DateTime))).ShouldBe(limit);
    }

    [Fact]
    public async Task Each_year_is_read_once_per_calendar()
    {
        var repository = await InMemoryWorkCalendarYearRepository.SeededAsync();
        var calendar = new WorkingDayCalendar(repository);
        var before = repository.Reads;

        await calendar.WorkingDaysBetweenAsync(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31));

        (repository.Reads - before).ShouldBe(2);
    }
}
