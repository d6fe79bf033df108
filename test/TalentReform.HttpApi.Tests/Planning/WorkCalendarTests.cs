using System.Net;
using TalentReform.Permissions;

namespace TalentReform.Planning;

/// <summary>The national working-day calendar: every role reads it, only the host admin replaces a year's days.</summary>
public class WorkCalendarTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Url = "/api/app/work-calendar";

    [Theory]
    [InlineData(TestData.Users.DalianHr)]
    [InlineData(TestData.Users.DalianLeader)]
    [InlineData(TestData.Users.ChengdeTalent)]
    [InlineData(TestData.Users.Admin)]
    public async Task Every_role_reads_the_seeded_2025_calendar(string userName)
    {
        // Arrange
        using var client = await factory.CreateClientAsync(userName);

        // Act
        var year = await client.GetJsonAsync<WorkCalendarYearDto>($"{Url}/2025");

        // Assert: the 2025 notice, 28 days off and 5 make-up working days.
        year.Year.ShouldBe(2025);
        year.IsDefined.ShouldBeTrue();
        year.ConcurrencyStamp.ShouldNotBeNullOrEmpty();
        year.Days.Count(d => d.Kind == WorkCalendarDayKind.Holiday).ShouldBe(28);
        year.Days.Where(d => d.Kind == WorkCalendarDayKind.MakeUpWorkday).Select(d => d.Date)
            .ShouldBe([new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11)]);
        year.Days.Single(d => d.Date == new DateOnly(2025, 1, 28)).Name.ShouldBe("春节");
        year.Days.Select(d => d.Date).ShouldBeInOrder();
    }

    [Fact]
    public async Task A_year_without_data_is_undefined_and_empty()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        var year = await hr.GetJsonAsync<WorkCalendarYearDto>($"{Url}/2040");

        year.ShouldBe(year with { Year = 2040, IsDefined = false, ConcurrencyStamp = null });
        year.Days.ShouldBeEmpty();
    }

    [Fact]
    public async Task Anonymous_is_401_and_a_zone_user_cannot_update_403()
    {
        using var anonymous = factory.CreateAnonymousClient();
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        using var read = await anonymous.GetAsync($"{Url}/2025");
        using var update = await hr.PutJsonAsync($"{Url}/2025", new { days = Array.Empty<object>() });

        read.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await update.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
        (await hr.GetJsonAsync<WorkCalendarYearDto>($"{Url}/2025")).Days.Count.ShouldBe(33);
    }

    [Fact]
    public void Update_is_a_host_only_permission_and_read_is_not()
    {
        PermissionDefinitions.All.Single(p => p.Name == TalentReformPermissions.WorkCalendar.Update).IsHostOnly.ShouldBeTrue();
        PermissionDefinitions.All.Single(p => p.Name == TalentReformPermissions.WorkCalendar.Default).IsHostOnly.ShouldBeFalse();
    }

    [Fact]
    public async Task Admin_defines_a_year_replaces_its_days_and_a_stale_stamp_is_409()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        // Act: define 2031 (no data yet, so no stamp).
        using var createResponse = await admin.PutJsonAsync($"{Url}/2031", new
        {
            days = new object[]
            {
                new { date = "2031-10-01", kind = "Holiday", name = "国庆节" },
                new { date = "2031-01-01", kind = "Holiday", name = "元旦" },
                new { date = "2031-09-28", kind = "MakeUpWorkday", name = "国庆节" },
            },
        });
        var created = await createResponse.ShouldSucceedAsync<WorkCalendarYearDto>();

        // Assert
        created.IsDefined.ShouldBeTrue();
        created.Days.Select(d => d.Date).ShouldBe([new(2031, 1, 1), new(2031, 9, 28), new(2031, 10, 1)]);
        created.Days[1].Kind.ShouldBe(WorkCalendarDayKind.MakeUpWorkday);
        (await admin.GetJsonAsync<WorkCalendarYearDto>($"{Url}/2031")).ShouldBeEquivalentTo(created);

        // Act: replace, keeping one date with another name (delete and insert of the same date in one save).
        using var replaceResponse = await admin.PutJsonAsync($"{Url}/2031", new
        {
            days = new object[] { new { date = "2031-10-01", kind = "Holiday", name = "国庆节、中秋节" } },
            concurrencyStamp = created.ConcurrencyStamp,
        });
        var replaced = await replaceResponse.ShouldSucceedAsync<WorkCalendarYearDto>();

        // Assert
        replaced.Days.ShouldBe([new WorkCalendarDayDto(new(2031, 10, 1), WorkCalendarDayKind.Holiday, "国庆节、中秋节")]);
        replaced.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);

        // Act: a second editor saves with the stamp they read before.
        using var stale = await admin.PutJsonAsync($"{Url}/2031", new { days = Array.Empty<object>(), concurrencyStamp = created.ConcurrencyStamp });

        // Assert
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ConcurrencyConflict);
        (await admin.GetJsonAsync<WorkCalendarYearDto>($"{Url}/2031")).ShouldBeEquivalentTo(replaced);
    }

    [Fact]
    public async Task Duplicate_dates_are_422_with_the_date_in_both_languages_and_change_nothing()
    {
        // Arrange
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var before = await admin.GetJsonAsync<WorkCalendarYearDto>($"{Url}/2026");
        using var english = await factory.CreateClientAsync(TestData.Users.Admin);
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var body = new
        {
            days = new object[]
            {
                new { date = "2026-05-01", kind = "Holiday", name = "劳动节" },
                new { date = "2026-05-01", kind = "Holiday", name = "劳动节" },
            },
            concurrencyStamp = before.ConcurrencyStamp,
        };

        // Act
        using var zh = await admin.PutJsonAsync($"{Url}/2026", body);
        using var en = await english.PutJsonAsync($"{Url}/2026", body);

        // Assert
        (await zh.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.WorkCalendarDuplicateDate))
            .Detail.ShouldBe("日期 2026-05-01 重复出现，每个日期只能设置一次。");
        (await en.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.WorkCalendarDuplicateDate))
            .Detail.ShouldBe("The date 2026-05-01 is listed more than once; each date can be set only once.");
        (await admin.GetJsonAsync<WorkCalendarYearDto>($"{Url}/2026")).ShouldBeEquivalentTo(before);
    }

    [Fact]
    public async Task Bad_days_are_refused()
    {
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);

        using var outside = await admin.PutJsonAsync($"{Url}/2032", new { days = new object[] { new { date = "2033-01-01", kind = "Holiday", name = "元旦" } } });
        using var weekdayMakeUp = await admin.PutJsonAsync($"{Url}/2032", new { days = new object[] { new { date = "2032-09-29", kind = "MakeUpWorkday", name = "国庆节" } } });
        using var noName = await admin.PutJsonAsync($"{Url}/2032", new { days = new object[] { new { date = "2032-01-01", kind = "Holiday", name = "" } } });
        using var noKind = await admin.PutJsonAsync($"{Url}/2032", new { days = new object[] { new { date = "2032-01-01", name = "元旦" } } });
        using var badYear = await admin.PutJsonAsync($"{Url}/1999", new { days = Array.Empty<object>() });
        using var badYearRead = await admin.GetAsync($"{Url}/2101");

        (await outside.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.WorkCalendarDateOutsideYear))
            .Detail.ShouldBe("日期 2033-01-01 不属于 2032 年。");
        await weekdayMakeUp.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.WorkCalendarMakeUpDayNotOnWeekend);
        await noName.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed);
        await noKind.ShouldBeProblemAsync(HttpStatusCode.BadRequest, TalentReformErrorCodes.ValidationFailed);
        await badYear.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.WorkCalendarYearOutOfRange);
        await badYearRead.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.WorkCalendarYearOutOfRange);
        (await admin.GetJsonAsync<WorkCalendarYearDto>($"{Url}/2032")).IsDefined.ShouldBeFalse();
    }
}
