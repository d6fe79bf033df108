using System.Net;
using TalentReform.Account;
using TalentReform.Auditing;
using TalentReform.Dtos;
using TalentReform.Identity;
using TalentReform.Notifications;
using TalentReform.Organization;

namespace TalentReform.Planning;

/// <summary>
/// 不相容岗位分离 in approvals, over HTTP: a plan's drafter or submitter never decides it (also holding the step's
/// role), a route that only drafters could decide is refused, route changes are audited and told to the zone's
/// leaders, and another zone's step reveals nothing.
/// </summary>
public class ApprovalSeparationTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Users = "/api/app/users";

    [Fact]
    public async Task The_hr_officer_attack_as_found_is_refused_at_every_step()
    {
        // 1. dalian-hr puts itself into the leader role.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var me = await hr.GetJsonAsync<CurrentUserDto>("/api/account/me");
        var own = await hr.GetJsonAsync<UserDto>($"{Users}/{me.Id}");
        using var promote = await hr.PutJsonAsync($"{Users}/{me.Id}", new
        {
            name = own.Name, isActive = true, roleNames = new[] { RoleNames.HrOfficer, RoleNames.Leader }, concurrencyStamp = own.ConcurrencyStamp,
        });
        await promote.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CannotChangeOwnRoles);

        // 2. After signing in again, it makes a route whose only step is itself (or its own role).
        using var again = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var selfRoute = await again.PostJsonAsync(PlanningApi.Routes, Route(TestData.UniqueName("自批"), true, NamedUsers(me.Id!.Value)));
        using var hrRoute = await again.PostJsonAsync(PlanningApi.Routes, Route(TestData.UniqueName("人事审批"), true, Role(RoleNames.HrOfficer)));
        (await selfRoute.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalRouteStepNotIndependent))
            .Detail!.ShouldContain("不能起草该类文件");
        (await hrRoute.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalRouteStepNotIndependent))
            .Detail!.ShouldContain(RoleNames.HrOfficer);

        // 3. It submits a plan and decides it: without the leader role it holds no approval rights at all (the
        // drafter who does hold one is refused by the domain: see the tests below).
        var plan = await SubmittedRenamePlanAsync(again);
        var step = plan.Steps.Single(s => s.Status == ApprovalStepStatus.Pending);
        using var decide = await again.PostJsonAsync($"{PlanningApi.Approvals}/{step.Id}/decide", new { decision = "Approve", comment = "同意" });
        decide.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await again.GetJsonAsync<StaffingPlanDto>($"{PlanningApi.Plans}/{plan.Id}")).Status.ShouldBe(StaffingPlanStatus.Submitted);
    }

    [Fact]
    public async Task A_drafter_holding_the_step_role_is_not_offered_the_step_is_refused_and_an_independent_leader_decides()
    {
        // Arrange: a Jiangyin user who is both HR officer and leader (given by the platform admin), and a default
        // route whose one step is assigned to the leader role.
        var (dual, dualId) = await DualRoleUserAsync();
        using var jiangyinHr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.JiangyinLeader);
        using var route = await jiangyinHr.PostJsonAsync(PlanningApi.Routes, Route(TestData.UniqueName("领导审批"), true, Role(RoleNames.Leader)));
        await route.ShouldSucceedAsync();

        // Act
        var plan = await SubmittedRenamePlanAsync(dual);
        var step = plan.Steps.Single(s => s.Status == ApprovalStepStatus.Pending);
        var dualInbox = await dual.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals);
        using var byDrafter = await dual.PostJsonAsync($"{PlanningApi.Approvals}/{step.Id}/decide", new { decision = "Approve" });

        // Assert
        step.Approvers.ShouldNotContain(a => a.Id == dualId);
        step.Approvers.ShouldNotBeEmpty();
        dualInbox.ShouldNotContain(i => i.DocumentId == plan.Id);
        (await dual.GetJsonAsync<PagedResultDto<NotificationDto>>($"{PlanningApi.Notifications}?maxResultCount=100")).Items
            .ShouldNotContain(n => n.Kind == NotificationKind.StepAssigned && n.DocumentId == plan.Id);
        (await leader.GetJsonAsync<PagedResultDto<NotificationDto>>($"{PlanningApi.Notifications}?maxResultCount=100")).Items
            .ShouldContain(n => n.Kind == NotificationKind.StepAssigned && n.DocumentId == plan.Id);
        (await byDrafter.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalByDrafterOrSubmitter))
            .Detail!.ShouldContain("起草人或提交人");
        (await leader.ApproveAsync(plan.Id)).Status.ShouldBeOneOf(StaffingPlanStatus.Approved, StaffingPlanStatus.Applied);
    }

    [Fact]
    public async Task A_submitter_who_did_not_draft_the_plan_cannot_decide_it_either()
    {
        // Arrange: jiangyin-hr drafts; the HR officer and leader submits.
        var (dual, _) = await DualRoleUserAsync();
        using var jiangyinHr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        using var route = await jiangyinHr.PostJsonAsync(PlanningApi.Routes, Route(TestData.UniqueName("领导审批"), true, Role(RoleNames.Leader)));
        await route.ShouldSucceedAsync();
        var plan = await DraftRenamePlanAsync(jiangyinHr);

        // Act
        var submitted = await dual.SubmitAsync(plan.Id);
        var step = submitted.Steps.Single(s => s.Status == ApprovalStepStatus.Pending);
        using var bySubmitter = await dual.PostJsonAsync($"{PlanningApi.Approvals}/{step.Id}/decide", new { decision = "Reject", comment = "驳回" });

        // Assert
        await bySubmitter.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalByDrafterOrSubmitter);
        (await dual.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals)).ShouldNotContain(i => i.DocumentId == plan.Id);
    }

    [Fact]
    public async Task A_route_step_needs_an_approver_who_cannot_draft_plans()
    {
        // Arrange
        var (_, dualId) = await DualRoleUserAsync();
        using var hr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        var leaderId = (await hr.GetJsonAsync<PagedResultDto<UserDto>>($"{Users}?filter={TestData.Users.JiangyinLeader}")).Items
            .Single(u => u.UserName == TestData.Users.JiangyinLeader).Id;

        // Act
        using var onlyDrafters = await hr.PostJsonAsync(PlanningApi.Routes, Route(TestData.UniqueName("路径"), false, Role(RoleNames.Leader), NamedUsers(dualId)));
        using var withLeader = await hr.PostJsonAsync(PlanningApi.Routes, Route(TestData.UniqueName("路径"), false, Role(RoleNames.Leader), NamedUsers(dualId, leaderId)));

        // Assert: step 2 names only someone who may draft.
        var problem = await onlyDrafters.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalRouteStepNotIndependent);
        problem.Detail!.ShouldStartWith("第 2 步");
        problem.Detail.ShouldContain("分离测试");
        await withLeader.ShouldSucceedAsync();
    }

    [Fact]
    public async Task Route_changes_are_audited_with_who_and_when_and_told_to_the_zone_leaders()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.ChengdeLeader);
        using var dalianLeader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        var name = TestData.UniqueName("督办路径");
        var before = DateTimeOffset.UtcNow;

        // Act: created, its step changed, deleted.
        var created = await (await hr.PostJsonAsync(PlanningApi.Routes, Route(name, false, Role(RoleNames.Leader)))).ShouldSucceedAsync<ApprovalRouteDto>();
        using var update = await hr.PutJsonAsync($"{PlanningApi.Routes}/{created.Id}", new
        {
            name, isDefault = false, concurrencyStamp = created.ConcurrencyStamp,
            steps = new[] { new { nameZh = "主任审定", nameEn = "Director", assigneeKind = "Role", roleName = RoleNames.Leader, timeLimitWorkingDays = 5 } },
        });
        await update.ShouldSucceedAsync();
        using var delete = await hr.DeleteAsync($"{PlanningApi.Routes}/{created.Id}");
        delete.IsSuccessStatusCode.ShouldBeTrue();

        // Assert: the route and its steps are in the zone's log, by the HR officer.
        var log = (await leader.GetJsonAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?maxResultCount=1000")).Items
            .Where(a => a.Time >= before && a.UserName == TestData.Users.ChengdeHr).ToList();
        log.Where(a => a.EntityType == "ApprovalRoute").Select(a => a.ChangeType).ShouldBe(
            [EntityChangeType.Created, EntityChangeType.Deleted], ignoreOrder: true);
        log.ShouldContain(a => a.EntityType == "ApprovalRouteStep" && a.ChangeType == EntityChangeType.Created
            && a.Changes.Any(c => c.PropertyName == "NameZh" && c.NewValue == "主任审定"));
        log.ShouldContain(a => a.EntityType == "ApprovalRouteStep" && a.ChangeType == EntityChangeType.Deleted
            && a.Changes.Any(c => c.PropertyName == "NameZh" && c.OriginalValue == "领导审批"));
        log.ShouldAllBe(a => a.ZoneId == TestData.ChengdeZoneId);

        var notices = (await leader.GetJsonAsync<PagedResultDto<NotificationDto>>($"{PlanningApi.Notifications}?maxResultCount=100")).Items
            .Where(n => n.Message.Contains(name)).ToList();
        notices.Count(n => n.Kind == NotificationKind.ApprovalRouteChanged).ShouldBe(2);
        notices.ShouldContain(n => n.Kind == NotificationKind.ApprovalRouteChanged && n.Message.Contains("主任审定") && n.Message.Contains(TestData.Users.ChengdeHr));
        notices.ShouldContain(n => n.Kind == NotificationKind.ApprovalRouteDeleted);
        (await dalianLeader.GetJsonAsync<PagedResultDto<NotificationDto>>($"{PlanningApi.Notifications}?maxResultCount=100")).Items
            .ShouldNotContain(n => n.Message.Contains(name));
    }

    [Fact]
    public async Task A_decision_on_another_zones_step_is_404_and_names_nothing_of_that_zone()
    {
        // Arrange: Dalian's plan waiting at its second step.
        using var dalianLeader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeLeader);
        var step = (await dalianLeader.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals)).Single(i => i.DocumentNumber == "2026-002");

        // Act
        using var response = await chengde.PostJsonAsync($"{PlanningApi.Approvals}/{step.StepId}/decide", new { decision = "Approve" });

        // Assert
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, TalentReformErrorCodes.EntityNotFound);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(step.DocumentId.ToString(), Case.Insensitive);
        body.ShouldNotContain(step.DocumentTitle);
    }

    /// <summary>A new Jiangyin user holding both hr-officer and leader, made by the platform admin; signed in.</summary>
    private async Task<(HttpClient Client, Guid Id)> DualRoleUserAsync()
    {
        using var admin = await factory.CreateClientAsync(TestData.Users.Admin);
        var userName = TestData.UniqueName("dual");
        using var response = await admin.PostJsonAsync(Users, new
        {
            userName, name = "分离测试", password = TestData.Password, zoneId = TestData.JiangyinZoneId,
            roleNames = new[] { RoleNames.HrOfficer, RoleNames.Leader },
        });
        var user = await response.ShouldSucceedAsync<UserDto>();
        return (await factory.CreateClientAsync(userName), user.Id);
    }

    private static async Task<StaffingPlanDto> DraftRenamePlanAsync(HttpClient hr)
    {
        var unit = await hr.CreateUnitAsync(TestData.UniqueName("科"), (await hr.DemoUnitAsync("经济发展局")).Id, "统计");
        var plan = await hr.CreatePlanAsync(TestData.UniqueName("单位更名"));
        await hr.AddChangeAsync(plan.Id, new { type = "RenameUnit", unitId = unit.Id, nameZh = TestData.UniqueName("统计分析科"), nameEn = "Statistics Section" });
        return plan;
    }

    private static async Task<StaffingPlanDto> SubmittedRenamePlanAsync(HttpClient hr) => await hr.SubmitAsync((await DraftRenamePlanAsync(hr)).Id);

    private static object Route(string name, bool isDefault, params object[] steps) => new { documentKind = "StaffingPlan", name, isDefault, steps };

    private static object Role(string role) => new { nameZh = "领导审批", nameEn = "Review", assigneeKind = "Role", roleName = role, timeLimitWorkingDays = 2 };

    private static object NamedUsers(params Guid[] ids) => new { nameZh = "指定审批", nameEn = "Named", assigneeKind = "Users", userIds = ids, timeLimitWorkingDays = 2 };
}
