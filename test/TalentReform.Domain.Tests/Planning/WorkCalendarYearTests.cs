namespace TalentReform.Planning;

public class WorkCalendarYearTests
{
    private static WorkCalendarYear Year2025() => new(Guid.NewGuid(), 2025);

    [Fact]
    public void Replacing_days_keeps_them_in_date_order()
    {
        var year = Year2025();

        year.ReplaceDays([
            (new DateOnly(2025, 10, 1), WorkCalendarDayKind.Holiday, "国庆节"),
            (new DateOnly(2025, 1, 1), WorkCalendarDayKind.Holiday, " 元旦 "),
        ]);

        year.Days.Select(d => d.Date).ShouldBe([new DateOnly(2025, 1, 1), new DateOnly(2025, 10, 1)]);
        year.Days[0].Name.ShouldBe("元旦");
        year.Days.ShouldAllBe(d => d.WorkCalendarYearId == year.Id);
    }

    [Fact]
    public void A_duplicate_date_is_refused_and_nothing_changes()
    {
        var year = Year2025();
        year.ReplaceDays([(new DateOnly(2025, 1, 1), WorkCalendarDayKind.Holiday, "元旦")]);

        var exception = ((Action)(() => year.ReplaceDays([
            (new DateOnly(2025, 5, 1), WorkCalendarDayKind.Holiday, "劳动节"),
            (new DateOnly(2025, 5, 1), WorkCalendarDayKind.Holiday, "劳动节"),
        ]))).ShouldBeRefusedWith(TalentReformErrorCodes.WorkCalendarDuplicateDate);

        exception.Message("zh-Hans").ShouldContain("2025-05-01");
        year.Days.Single().Date.ShouldBe(new DateOnly(2025, 1, 1));
    }

    [Fact]
    public void A_date_of_another_year_is_refused()
    {
        var year = Year2025();

        var exception = ((Action)(() => year.ReplaceDays([(new DateOnly(2026, 1, 1), WorkCalendarDayKind.Holiday, "元旦")])))
            .ShouldBeRefusedWith(TalentReformErrorCodes.WorkCalendarDateOutsideYear);

        exception.Message("en").ShouldBe("The date 2026-01-01 is not in the year 2025.");
    }

    [Fact]
    public void A_make_up_working_day_on_a_weekday_is_refused()
    {
        var year = Year2025();

        ((Action)(() => year.ReplaceDays([(new DateOnly(2025, 9, 29), WorkCalendarDayKind.MakeUpWorkday, "国庆节")])))
            .ShouldBeRefusedWith(TalentReformErrorCodes.WorkCalendarMakeUpDayNotOnWeekend);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_year_out_of_range_is_refused(int value)
    {
        ((Action)(() => _ = new WorkCalendarYear(Guid.NewGuid(), value))).ShouldBeRefusedWith(TalentReformErrorCodes.WorkCalendarYearOutOfRange);
    }

    [Fact]
    public async Task The_seed_holds_the_notices_and_is_idempotent()
    {
        var repository = await InMemoryWorkCalendarYearRepository.SeededAsync();
        var edited = (await repository.FindByYearAsync(2025))!;
        edited.ReplaceDays([(new DateOnly(2025, 1, 1), WorkCalendarDayKind.Holiday, "元旦")]);

        await new WorkCalendarSeeder(repository).SeedAsync();

        repository.GetQueryable().Select(y => y.Year).OrderBy(y => y).ShouldBe([2025, 2026]);
        (await repository.FindByYearAsync(2025))!.Days.Count.ShouldBe(1); // an edited year is kept
        var days2026 = (await repository.FindByYearAsync(2026))!.Days;
        days2026.Count(d => d.Kind == WorkCalendarDayKind.Holiday).ShouldBe(33); // 3 + 9 + 3 + 5 + 3 + 3 + 7
        days2026.Where(d => d.Kind == WorkCalendarDayKind.MakeUpWorkday).Select(d => d.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(["01-04", "02-14", "02-28", "05-09", "09-20", "10-10"]);
    }
}
