using System.Net;
using TalentReform.Dtos;

namespace TalentReform.Planning;

/// <summary>Who may do what with plans and approvals, zone isolation, concurrent decisions and bad input, over HTTP.</summary>
public class PlanningSecurityTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    /// <summary>The seeded Dalian plan waiting at its second step (分管领导审核, dalian-leader) since 2026-11-18.</summary>
    private async Task<ApprovalInboxItemDto> PendingDemoStepAsync(HttpClient leader) =>
        (await leader.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals)).Single(i => i.DocumentNumber == "2026-002");

    [Fact]
    public async Task An_hr_officer_cannot_decide_another_leader_of_the_zone_is_not_the_approver_and_another_zone_sees_nothing()
    {
        using var dalianLeader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        var step = await PendingDemoStepAsync(dalianLeader);
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var reviewer = await factory.CreateClientAsync(TestData.Users.DalianReviewer);
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeLeader);
        object approve = new { decision = "Approve" };

        using var byHr = await hr.PostJsonAsync($"{PlanningApi.Approvals}/{step.StepId}/decide", approve);
        using var hrInbox = await hr.GetAsync(PlanningApi.Approvals);
        using var byReviewer = await reviewer.PostJsonAsync($"{PlanningApi.Approvals}/{step.StepId}/decide", approve);
        using var byChengde = await chengde.PostJsonAsync($"{PlanningApi.Approvals}/{step.StepId}/decide", approve);
        using var chengdeReads = await chengde.GetAsync($"{PlanningApi.Plans}/{step.DocumentId}");
        var chengdeInbox = await chengde.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals);
        var chengdePlans = await chengde.GetJsonAsync<PagedResultDto<StaffingPlanListItemDto>>(PlanningApi.Plans);

        byHr.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        hrInbox.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await byReviewer.ShouldBeProblemAsync(HttpStatusCode.Forbidden, TalentReformErrorCodes.ApprovalNotAssignee);
        byChengde.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        chengdeReads.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        chengdeInbox.ShouldNotContain(i => i.DocumentId == step.DocumentId);
        chengdePlans.Items.ShouldNotContain(p => p.Id == step.DocumentId);
        (await PendingDemoStepAsync(dalianLeader)).StepId.ShouldBe(step.StepId);
    }

    [Fact]
    public async Task A_leader_cannot_draft_and_a_talent_sees_no_plans()
    {
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);

        using var draft = await leader.PostJsonAsync(PlanningApi.Plans, new { title = "x", effectiveDate = "2027-01-01" });
        using var list = await talent.GetAsync(PlanningApi.Plans);
        using var routes = await leader.PostJsonAsync(PlanningApi.Routes, new { name = "x", steps = Array.Empty<object>() });

        draft.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        routes.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Of_concurrent_decisions_on_one_step_exactly_one_wins_and_the_others_get_409()
    {
        // Arrange: four sessions of the step's approver.
        var clients = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await factory.CreateClientAsync(TestData.Users.JiangyinLeader));
        }

        var step = (await clients[0].GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals)).Single(i => i.DocumentNumber == "2026-002");

        // Act
        var responses = await Task.WhenAll(clients.Select(c => c.PostJsonAsync($"{PlanningApi.Approvals}/{step.StepId}/decide", new { decision = "Approve" })));

        // Assert
        var statuses = responses.Select(r => r.StatusCode).ToList();
        var bodies = string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync())));
        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, bodies);
        statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(3, bodies);
        var plan = await clients[0].GetJsonAsync<StaffingPlanDto>($"{PlanningApi.Plans}/{step.DocumentId}");
        plan.Decisions.Count(d => d.StepId == step.StepId).ShouldBe(1);
        plan.Steps.Single(s => s.Id == step.StepId).Status.ShouldBe(ApprovalStepStatus.Approved);
        foreach (var response in responses)
        {
            response.Dispose();
        }

        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Bad_changes_are_refused_with_a_localized_reason_and_change_nothing()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        var plan = await hr.CreatePlanAsync("错误输入");
        var bureau = await Organization.OrganizationApi.DemoUnitAsync(hr, "人才服务局");

        using var missing = await hr.PostJsonAsync($"{PlanningApi.Plans}/{plan.Id}/changes", new { type = "MergeUnits", unitId = bureau.Id });
        using var unknownType = await hr.PostJsonAsync($"{PlanningApi.Plans}/{plan.Id}/changes", new { type = "Teleport" });
        using var unknownUnit = await hr.PostJsonAsync($"{PlanningApi.Plans}/{plan.Id}/changes", new { type = "AbolishUnit", unitId = Guid.NewGuid() });
        using var withPosts = await hr.PostJsonAsync($"{PlanningApi.Plans}/{plan.Id}/changes", new { type = "AbolishUnit", unitId = bureau.Id });
        using var negative = await hr.PostJsonAsync($"{PlanningApi.Plans}/{plan.Id}/changes", new { type = "SetLeadershipQuota", unitId = bureau.Id, heads = -1, deputies = 0 });
        using var empty = await hr.PostJsonAsync($"{PlanningApi.Plans}/{plan.Id}/submit", new { });

        (await missing.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PlanChangeFieldRequired)).Detail!.ShouldBe("“合并单位”类变更必须填写被合并单位。");
        unknownType.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownUnit.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PlanChangeRefused)).Detail!.ShouldStartWith("第 1 项变更（撤销单位）无法执行：单位 ");
        (await withPosts.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PlanChangeRefused)).Detail!.ShouldContain("人才服务局");
        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await empty.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PlanHasNoChanges);
        (await hr.GetJsonAsync<StaffingPlanDto>($"{PlanningApi.Plans}/{plan.Id}")).Changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_plan_that_newly_breaks_a_hard_rule_cannot_be_submitted_and_the_report_names_the_change()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        var plan = await hr.CreatePlanAsync("压减编制");
        var bureau = await Organization.OrganizationApi.DemoUnitAsync(hr, "人才服务局");
        await hr.AddChangeAsync(plan.Id, new { type = "RenameUnit", unitId = bureau.Id, nameZh = "人才发展局", nameEn = "Talent Development Bureau" });
        await hr.AddChangeAsync(plan.Id, new { type = "SetStaffingQuota", unitId = bureau.Id, staffingType = "Administrative", approved = 0 });

        var impact = await hr.GetJsonAsync<PlanImpactDto>($"{PlanningApi.Plans}/{plan.Id}/impact");
        using var submit = await hr.PostJsonAsync($"{PlanningApi.Plans}/{plan.Id}/submit", new { });

        var breach = impact.Violations.First(v => v.IsHard && v.IsNew);
        (breach.Kind, breach.CausedBy).ShouldBe((PlanRuleKind.OverStaffingQuota, (int?)2));
        breach.Message.ShouldStartWith("人才发展局的行政编制核定 0 名");
        (impact.CanSubmit, impact.BlockingCount).ShouldBe((false, 1));
        (await submit.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PlanBreaksHardRules)).Detail!.ShouldContain("超编");
        (await hr.GetJsonAsync<StaffingPlanDto>($"{PlanningApi.Plans}/{plan.Id}")).Status.ShouldBe(StaffingPlanStatus.Draft);
    }

    [Fact]
    public async Task A_route_names_known_roles_and_users_of_the_zone_only()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var dalianHr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var dalianLeaderId = (await dalianHr.GetJsonAsync<List<ApprovalRouteDto>>($"{PlanningApi.Routes}?documentKind=StaffingPlan")).Single().Steps[1].Users.Single().Id;
        using var unknownRole = await hr.PostJsonAsync(PlanningApi.Routes, new
        {
            documentKind = "StaffingPlan", name = "新路径", steps = new[] { new { nameZh = "初审", nameEn = "Review", assigneeKind = "Role", roleName = "mayor", timeLimitWorkingDays = 3 } },
        });
        using var stranger = await hr.PostJsonAsync(PlanningApi.Routes, new
        {
            documentKind = "StaffingPlan", name = "新路径", steps = new[] { new { nameZh = "初审", nameEn = "Review", assigneeKind = "Users", userIds = new[] { dalianLeaderId }, timeLimitWorkingDays = 3 } },
        });
        using var created = await hr.PostJsonAsync(PlanningApi.Routes, new
        {
            documentKind = "StaffingPlan", name = TestData.UniqueName("简易路径"), steps = new[] { new { nameZh = "领导审批", nameEn = "Leader", assigneeKind = "Role", roleName = "leader", timeLimitWorkingDays = 2 } },
        });

        (await hr.GetJsonAsync<List<string>>($"{PlanningApi.Routes}/roles")).ShouldBe(["hr-officer", "leader", "talent"]);
        (await unknownRole.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalRouteRoleUnknown)).Detail!.ShouldContain("mayor");
        await stranger.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalRouteUserNotInZone);
        var route = await created.ShouldSucceedAsync<ApprovalRouteDto>();
        route.IsDefault.ShouldBeFalse();
        (await hr.GetJsonAsync<List<ApprovalRouteDto>>($"{PlanningApi.Routes}?documentKind=StaffingPlan")).Count(r => r.IsDefault).ShouldBe(1);
    }
}
