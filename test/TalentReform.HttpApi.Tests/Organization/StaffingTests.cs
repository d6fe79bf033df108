using System.Net;
using TalentReform.Dtos;
using TalentReform.Staffing;

namespace TalentReform.Organization;

/// <summary>编制, 领导职数 and 实名制 appointments through the API.</summary>
public class StaffingTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task An_appointment_beyond_the_units_quota_is_refused_with_a_chinese_reason()
    {
        // Arrange: one administrative slot, two posts, two people.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Administrative, 100);
        var unit = await hr.CreateUnitAsync("经济发展局（编制）");
        await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Administrative, 1);
        var first = await hr.CreatePostAsync(unit.Id);
        var second = await hr.CreatePostAsync(unit.Id);
        var zhang = await hr.CreatePersonAsync("张伟");
        var li = await hr.CreatePersonAsync("李娜");

        // Act
        using var appointed = await hr.AppointAsync(zhang.Id, first.Id);
        using var refused = await hr.AppointAsync(li.Id, second.Id);

        // Assert
        var appointment = await appointed.ShouldSucceedAsync<AppointmentDto>();
        appointment.StaffingType.ShouldBe(StaffingType.Administrative);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.NoFreeStaffingSlot);
        problem.Detail.ShouldBe("机构“经济发展局（编制）”的行政编制已无空编（核定 1，已占用 1），不能聘任。");
        (await hr.GetJsonAsync<PostDto>($"{OrganizationApi.Posts}/{first.Id}")).Status.ShouldBe(PostStatus.Filled);
        (await hr.GetJsonAsync<PostDto>($"{OrganizationApi.Posts}/{second.Id}")).Status.ShouldBe(PostStatus.Vacant);
        var quota = (await hr.GetStaffingQuotasAsync(unit.Id)).Items.Single();
        (quota.Approved, quota.Occupied, quota.Vacant).ShouldBe((1, 1, 0));
    }

    [Fact]
    public async Task Ending_an_appointment_vacates_the_post_and_frees_the_slot()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Headcount, 1000);
        var unit = await hr.CreateUnitAsync("人才服务中心");
        await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Headcount, 1);
        var post = await hr.CreatePostAsync(unit.Id, StaffingType.Headcount);
        var person = await hr.CreatePersonAsync("王芳");
        using var appointed = await hr.AppointAsync(person.Id, post.Id);
        var appointment = await appointed.ShouldSucceedAsync<AppointmentDto>();

        // Act
        using var ended = await hr.PostJsonAsync($"{OrganizationApi.Appointments}/{appointment.Id}/end", new
        {
            endedOn = "2026-09-30", reason = "聘期内调任", appointment.ConcurrencyStamp,
        });
        using var endedAgain = await hr.PostJsonAsync($"{OrganizationApi.Appointments}/{appointment.Id}/end", new
        {
            endedOn = "2026-10-30", reason = "重复", concurrencyStamp = (await ended.ShouldSucceedAsync<AppointmentDto>()).ConcurrencyStamp,
        });

        // Assert
        await endedAgain.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.AppointmentAlreadyEnded);
        (await hr.GetJsonAsync<PostDto>($"{OrganizationApi.Posts}/{post.Id}")).Status.ShouldBe(PostStatus.Vacant);
        var quota = (await hr.GetStaffingQuotasAsync(unit.Id)).Items.Single();
        (quota.Occupied, quota.Vacant).ShouldBe((0, 1));
    }

    [Fact]
    public async Task A_second_primary_appointment_of_a_person_is_refused()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Contract, 100);
        var unit = await hr.CreateUnitAsync("平台公司");
        await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Contract, 5);
        var first = await hr.CreatePostAsync(unit.Id, StaffingType.Contract);
        var second = await hr.CreatePostAsync(unit.Id, StaffingType.Contract);
        var person = await hr.CreatePersonAsync("赵磊");
        using var appointed = await hr.AppointAsync(person.Id, first.Id);
        await appointed.ShouldSucceedAsync();

        // Act
        using var refused = await hr.AppointAsync(person.Id, second.Id);

        // Assert
        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PersonHasPrimaryAppointment);
    }

    [Fact]
    public async Task Unit_quotas_cannot_exceed_the_zone_total_of_their_type()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        await hr.SetZoneTotalAsync(StaffingType.Dispatched, 3);
        var unit = await hr.CreateUnitAsync("行政审批局");

        // Act
        using var refused = await hr.PostJsonAsync(OrganizationApi.StaffingQuotas, new { orgUnitId = unit.Id, staffingType = "Dispatched", approved = 4 });
        var accepted = await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Dispatched, 3);
        using var lowered = await hr.PutJsonAsync($"{OrganizationApi.StaffingQuotas}/zone-totals/Dispatched", new { approved = 2 });

        // Assert
        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ZoneStaffingTotalExceeded);
        accepted.Vacant.ShouldBe(3);
        await lowered.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ZoneStaffingTotalBelowAllocated);
        var totals = await hr.GetJsonAsync<ListResultDto<ZoneStaffingTotalDto>>($"{OrganizationApi.StaffingQuotas}/zone-totals");
        totals.Items.Single(t => t.StaffingType == StaffingType.Dispatched).ShouldBe(
            new ZoneStaffingTotalDto(StaffingType.Dispatched, 3, 3, 0, totals.Items.Single(t => t.StaffingType == StaffingType.Dispatched).ConcurrencyStamp));
    }

    [Fact]
    public async Task A_leadership_post_beyond_the_units_leadership_quota_is_refused()
    {
        // Arrange: 1 head, 1 deputy.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.CreateUnitAsync("科技创新局");
        using var quotaResponse = await hr.PostJsonAsync(OrganizationApi.LeadershipQuotas, new { orgUnitId = unit.Id, heads = 1, deputies = 1 });
        await quotaResponse.ShouldSucceedAsync();
        await hr.CreatePostAsync(unit.Id, leadershipRole: "Head");

        // Act
        using var refused = await hr.PostJsonAsync(OrganizationApi.Posts, OrganizationApi.NewPost(unit.Id, leadershipRole: "Head"));

        // Assert
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.LeadershipQuotaExceeded);
        problem.Detail.ShouldBe("机构“科技创新局”的正职职数为 1，已全部占用，不能再设正职岗位。");
        var quota = (await hr.GetJsonAsync<PagedResultDto<LeadershipQuotaDto>>($"{OrganizationApi.LeadershipQuotas}?orgUnitId={unit.Id}")).Items.Single();
        (quota.Heads, quota.HeadPosts).ShouldBe((1, 1));
    }

    [Fact]
    public async Task Posts_are_filtered_paged_and_sorted_and_an_invalid_level_is_refused()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.CreateUnitAsync("综合办公室（岗位）");
        foreach (var level in new[] { 9, 7, 8 })
        {
            using var created = await hr.PostJsonAsync(OrganizationApi.Posts, new
            {
                orgUnitId = unit.Id, code = TestData.UniqueName("M"), titleZh = "管理岗", titleEn = "Manager", category = "Management", level,
                staffingType = "Administrative", fte = 1.0,
            });
            await created.ShouldSucceedAsync();
        }

        // Act
        var page = await hr.GetJsonAsync<PagedResultDto<PostDto>>(
            $"{OrganizationApi.Posts}?orgUnitId={unit.Id}&category=Management&status=Vacant&sorting=level desc&maxResultCount=2");
        var level8 = await hr.GetJsonAsync<PagedResultDto<PostDto>>($"{OrganizationApi.Posts}?orgUnitId={unit.Id}&level=8");
        using var invalid = await hr.PostJsonAsync(OrganizationApi.Posts, new
        {
            orgUnitId = unit.Id, code = TestData.UniqueName("S"), titleZh = "技术工", titleEn = "Technician", category = "Skilled", level = 6,
            staffingType = "Administrative", fte = 1.0,
        });

        // Assert
        page.TotalCount.ShouldBe(3);
        page.Items.Select(p => p.Level).ShouldBe([9, 8]);
        level8.Items.Single().Level.ShouldBe(8);
        var problem = await invalid.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PostLevelInvalid);
        problem.Detail.ShouldBe("工勤技能（技术工）岗位的等级 6 无效，应为 1–5 级。");
    }

    [Fact]
    public async Task Id_numbers_are_masked_for_leaders_and_shown_to_hr()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        var person = await hr.CreatePersonAsync("陈静");

        // Act
        var seenByLeader = await leader.GetJsonAsync<PersonDto>($"{OrganizationApi.Persons}/{person.Id}");
        var seenByHr = await hr.GetJsonAsync<PersonDto>($"{OrganizationApi.Persons}/{person.Id}");

        // Assert
        seenByHr.IdNumber.Length.ShouldBe(18);
        seenByHr.IdNumber.ShouldNotContain("*");
        seenByLeader.IdNumber.ShouldBe(seenByHr.IdNumber[..4] + "**********" + seenByHr.IdNumber[^4..]);
    }

    [Fact]
    public async Task Another_zones_quotas_persons_and_appointments_are_404()
    {
        // Arrange: Chengde builds a filled seat.
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var dalian = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await chengde.SetZoneTotalAsync(StaffingType.Administrative, 100);
        var unit = await chengde.CreateUnitAsync("承德经济发展局");
        var quota = await chengde.CreateStaffingQuotaAsync(unit.Id, StaffingType.Administrative, 2);
        using var leadershipResponse = await chengde.PostJsonAsync(OrganizationApi.LeadershipQuotas, new { orgUnitId = unit.Id, heads = 1, deputies = 2 });
        var leadership = await leadershipResponse.ShouldSucceedAsync<LeadershipQuotaDto>();
        var person = await chengde.CreatePersonAsync("刘洋");
        using var appointed = await chengde.AppointAsync(person.Id, (await chengde.CreatePostAsync(unit.Id)).Id);
        var appointment = await appointed.ShouldSucceedAsync<AppointmentDto>();

        // Act + Assert
        foreach (var url in new[]
        {
            $"{OrganizationApi.StaffingQuotas}/{quota.Id}", $"{OrganizationApi.LeadershipQuotas}/{leadership.Id}",
            $"{OrganizationApi.Persons}/{person.Id}", $"{OrganizationApi.Appointments}/{appointment.Id}",
        })
        {
            using var get = await dalian.GetAsync(url);
            await get.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        }

        using var end = await dalian.PostJsonAsync($"{OrganizationApi.Appointments}/{appointment.Id}/end", new
        {
            endedOn = "2026-12-31", reason = "越权", appointment.ConcurrencyStamp,
        });
        await end.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        using var quotaForForeignUnit = await dalian.PostJsonAsync(OrganizationApi.StaffingQuotas, new { orgUnitId = unit.Id, staffingType = "Contract", approved = 1 });
        await quotaForForeignUnit.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        (await dalian.GetJsonAsync<PagedResultDto<PersonDto>>($"{OrganizationApi.Persons}?maxResultCount=1000")).Items.ShouldNotContain(p => p.Id == person.Id);
        (await chengde.GetJsonAsync<AppointmentDto>($"{OrganizationApi.Appointments}/{appointment.Id}")).EndedOn.ShouldBeNull();
    }

    [Fact]
    public async Task Another_zones_post_cannot_be_filled()
    {
        // Arrange
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var dalian = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await chengde.CreateUnitAsync("承德综合办公室");
        var post = await chengde.CreatePostAsync(unit.Id);
        var person = await dalian.CreatePersonAsync("孙悦");

        // Act
        using var response = await dalian.AppointAsync(person.Id, post.Id);
        using var get = await dalian.GetAsync($"{OrganizationApi.Posts}/{post.Id}");

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
    }
}
