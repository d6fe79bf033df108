using System.Net;
using System.Net.Http.Headers;
using TalentReform.Dtos;
using TalentReform.Staffing;

namespace TalentReform.Organization;

/// <summary>Flatness metrics, 人员组合 results and rules, and the seat board, on the demo data and on fresh units.</summary>
public class OrgMetricsTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task Dalian_demo_metrics_show_a_flat_structure_one_mix_violation_and_the_three_definitions_gaps()
    {
        // Arrange: the demo tree under the 管委会 (other tests of this class add units of their own beside it).
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        var committee = await leader.DemoUnitAsync("大连高新区管理委员会");

        // Act
        var metrics = await leader.GetJsonAsync<OrgMetricsDto>($"{OrganizationApi.Metrics}?unitId={committee.Id}");
        var zone = await leader.GetJsonAsync<OrgMetricsDto>(OrganizationApi.Metrics);

        // Assert
        metrics.ScopeUnitId.ShouldBe(committee.Id);
        zone.ScopeUnitId.ShouldBeNull();
        zone.Layers.ShouldBe(3);
        metrics.Layers.ShouldBe(3);
        metrics.MaxSpan.ShouldBe(9);
        metrics.MixViolationCount.ShouldBe(1);
        metrics.PostCount.ShouldBe(287); // 285 seeded + the 工作组 post the applied 2025 demo plan merged in + the post set up for the pool talent
        metrics.LeadershipPostCount.ShouldBe(5 + (6 * 3) + (2 * 3) + 3);
        metrics.LeadershipShare.ShouldBe(Math.Round(32.0 / 287, 4));
        metrics.QuotaUsage.Select(q => (q.StaffingType, q.Approved)).ShouldBe(
            [(StaffingType.Administrative, 45), (StaffingType.PublicInstitution, 60), (StaffingType.Headcount, 180)]);
        metrics.PostsWithoutDuty.ShouldHaveSingleItem().TitleZh.ShouldBe("项目专员（临时）");
        var duty = metrics.DutiesWithoutPost.ShouldHaveSingleItem();
        (duty.OrgUnitName, duty.Text).ShouldBe(("综合执法局", "完成管委会交办的其他任务"));
    }

    [Fact]
    public async Task Staffing_mix_lists_the_ruled_units_and_explains_the_violation_in_both_languages()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var english = await factory.CreateClientAsync(TestData.Users.DalianHr);
        english.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var center = await hr.DemoUnitAsync("人才发展服务中心");

        // Act
        var all = await hr.GetJsonAsync<ListResultDto<StaffingMixResultDto>>(OrganizationApi.Mix);
        var one = await hr.GetJsonAsync<StaffingMixResultDto>($"{OrganizationApi.Mix}/{center.Id}");
        var inEnglish = await english.GetJsonAsync<StaffingMixResultDto>($"{OrganizationApi.Mix}/{center.Id}");

        // Assert
        all.Items.Select(r => r.OrgUnitName).ShouldBe(["政务服务中心", "人才发展服务中心"]);
        all.Items.Sum(r => r.ViolationCount).ShouldBe(1);
        one.ViolationCount.ShouldBe(1);
        var violated = one.Rules.Single(r => r.IsViolated);
        (violated.Kind, violated.Expected, violated.Actual).ShouldBe((StaffingMixRuleKind.MinCategoryShare, "专业技术岗位 ≥ 70%", "59%（23/39）"));
        var band = one.Rules.Single(r => r.Kind == StaffingMixRuleKind.LevelBandRatio);
        (band.IsViolated, band.Expected).ShouldBe((false, "高:中:初 = 1:3:6（每档偏差不超过 10 个百分点）"));
        inEnglish.OrgUnitName.ShouldBe("Talent Development Service Centre");
        inEnglish.Rules.Single(r => r.IsViolated).Expected.ShouldBe("professional posts ≥ 70%");
    }

    [Fact]
    public async Task Rules_are_created_updated_with_their_stamp_and_deleted_and_change_the_result()
    {
        // Arrange: a unit with 1 professional and 1 management post.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.CreateUnitAsync("检测中心（组合）");
        await hr.CreatePostAsync(unit.Id);
        using var professional = await hr.PostJsonAsync(OrganizationApi.Posts, new
        {
            orgUnitId = unit.Id, code = TestData.UniqueName("T"), titleZh = "检测员", titleEn = "Tester", category = "Professional", level = 10,
            staffingType = "Administrative", fte = 1.0,
        });
        await professional.ShouldSucceedAsync();

        // Act
        using var created = await hr.PostJsonAsync(OrganizationApi.MixRules, new { orgUnitId = unit.Id, kind = "MinCategoryShare", category = "Professional", minShare = 0.7 });
        var rule = await created.ShouldSucceedAsync<StaffingMixRuleDto>();
        var before = await hr.GetJsonAsync<StaffingMixResultDto>($"{OrganizationApi.Mix}/{unit.Id}");
        using var updated = await hr.PutJsonAsync($"{OrganizationApi.MixRules}/{rule.Id}", new { kind = "MinCategoryShare", category = "Professional", minShare = 0.5, rule.ConcurrencyStamp });
        using var stale = await hr.PutJsonAsync($"{OrganizationApi.MixRules}/{rule.Id}", new { kind = "MinCategoryShare", category = "Professional", minShare = 0.9, rule.ConcurrencyStamp });
        var after = await hr.GetJsonAsync<StaffingMixResultDto>($"{OrganizationApi.Mix}/{unit.Id}");
        using var invalid = await hr.PostJsonAsync(OrganizationApi.MixRules, new { orgUnitId = unit.Id, kind = "MinCategoryShare", minShare = 0.7 });
        using var deleted = await hr.DeleteAsync($"{OrganizationApi.MixRules}/{rule.Id}");
        var list = await hr.GetJsonAsync<PagedResultDto<StaffingMixRuleDto>>($"{OrganizationApi.MixRules}?orgUnitId={unit.Id}");

        // Assert
        before.Rules.ShouldHaveSingleItem().Actual.ShouldBe("50%（1/2）");
        before.ViolationCount.ShouldBe(1);
        (await updated.ShouldSucceedAsync<StaffingMixRuleDto>()).MinShare.ShouldBe(0.5);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ConcurrencyConflict);
        after.ViolationCount.ShouldBe(0);
        var problem = await invalid.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.StaffingMixRuleInvalid);
        problem.Detail.ShouldBe("人员组合规则“岗位类别占比下限”的参数不完整或超出范围。");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        list.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Metrics_of_a_subtree_follow_new_posts_and_appointments()
    {
        // Arrange: a fresh root with one section; an administrative slot filled and a post citing no duty.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Administrative, 1000);
        var root = await hr.CreateUnitAsync("新区筹备组", null, "筹备新区");
        await hr.CreateUnitAsync("筹备科", root.Id);
        await hr.CreateStaffingQuotaAsync(root.Id, StaffingType.Administrative, 2);
        var post = await hr.CreatePostAsync(root.Id);
        var person = await hr.CreatePersonAsync("周敏");
        using var appointed = await hr.AppointAsync(person.Id, post.Id);
        await appointed.ShouldSucceedAsync();

        // Act
        var metrics = await hr.GetJsonAsync<OrgMetricsDto>($"{OrganizationApi.Metrics}?unitId={root.Id}");

        // Assert
        (metrics.ScopeUnitId, metrics.Layers, metrics.UnitCount, metrics.MaxSpan, metrics.AverageSpan).ShouldBe((root.Id, 2, 2, 1, 1.0));
        (metrics.StaffCount, metrics.PostCount, metrics.UnitsPer100Staff).ShouldBe((1, 1, 200.0));
        metrics.QuotaUsage.ShouldHaveSingleItem().ShouldBe(new QuotaUsageDto(StaffingType.Administrative, 2, 1, 1, 0.5));
        metrics.PostsWithoutDuty.ShouldHaveSingleItem().PostId.ShouldBe(post.Id);
        metrics.DutiesWithoutPost.ShouldHaveSingleItem().Text.ShouldBe("筹备新区");
    }

    [Fact]
    public async Task The_seat_board_lists_holders_first_then_vacant_seats()
    {
        // Arrange: two administrative slots, one of them filled.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Administrative, 1000);
        var unit = await hr.CreateUnitAsync("座位科");
        await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Administrative, 2);
        var post = await hr.CreatePostAsync(unit.Id);
        var person = await hr.CreatePersonAsync("吴昊");
        using var appointed = await hr.AppointAsync(person.Id, post.Id);
        var appointment = await appointed.ShouldSucceedAsync<AppointmentDto>();

        // Act
        var board = await hr.GetJsonAsync<SeatBoardDto>($"{OrganizationApi.SeatBoard}?orgUnitId={unit.Id}");
        var demo = await hr.GetJsonAsync<SeatBoardDto>($"{OrganizationApi.SeatBoard}?orgUnitId={(await hr.DemoUnitAsync("综合执法局")).Id}");

        // Assert
        board.OrgUnitName.ShouldBe("座位科");
        var group = board.Groups.ShouldHaveSingleItem();
        (group.StaffingType, group.Approved, group.Occupied, group.Vacant).ShouldBe((StaffingType.Administrative, 2, 1, 1));
        group.Seats.ShouldBe([
            new SeatDto(1, true, appointment.Id, person.Id, "吴昊", post.Id, post.Code, post.TitleZh, post.TitleEn),
            new SeatDto(2, false, null, null, null, null, null, null, null),
        ]);
        demo.Groups.ShouldAllBe(g => g.Seats.Count == g.Approved && g.Seats.Count(s => s.IsFilled) == g.Occupied);
    }

    [Fact]
    public async Task Another_zones_units_and_rules_are_404_and_talent_cannot_see_the_seat_board()
    {
        // Arrange
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var dalian = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var talent = await factory.CreateClientAsync(TestData.Users.ChengdeTalent);
        var center = await chengde.DemoUnitAsync("政务服务中心");
        var rule = (await chengde.GetJsonAsync<PagedResultDto<StaffingMixRuleDto>>($"{OrganizationApi.MixRules}?orgUnitId={center.Id}")).Items[0];

        // Act + Assert
        foreach (var url in new[]
        {
            $"{OrganizationApi.Mix}/{center.Id}", $"{OrganizationApi.MixRules}/{rule.Id}", $"{OrganizationApi.Metrics}?unitId={center.Id}",
            $"{OrganizationApi.SeatBoard}?orgUnitId={center.Id}",
        })
        {
            using var response = await dalian.GetAsync(url);
            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        }

        using var update = await dalian.PutJsonAsync($"{OrganizationApi.MixRules}/{rule.Id}", new { kind = "LevelBandRatio", bandRatio = new[] { 1, 1, 1 }, rule.ConcurrencyStamp });
        await update.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        using var delete = await dalian.DeleteAsync($"{OrganizationApi.MixRules}/{rule.Id}");
        await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        using var create = await dalian.PostJsonAsync(OrganizationApi.MixRules, new { orgUnitId = center.Id, kind = "MaxSkilledLowLevelShare", maxShare = 0.2 });
        await create.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        (await dalian.GetJsonAsync<ListResultDto<StaffingMixResultDto>>(OrganizationApi.Mix)).Items.ShouldNotContain(r => r.OrgUnitId == center.Id);
        using var seats = await talent.GetAsync($"{OrganizationApi.SeatBoard}?orgUnitId={center.Id}");
        await seats.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.Forbidden);
        (await chengde.GetJsonAsync<StaffingMixRuleDto>($"{OrganizationApi.MixRules}/{rule.Id}")).ConcurrencyStamp.ShouldBe(rule.ConcurrencyStamp);
    }
}
