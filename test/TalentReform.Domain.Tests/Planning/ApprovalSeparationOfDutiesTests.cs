using TalentReform.Planning.Approval;
using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;

namespace TalentReform.Planning;

/// <summary>
/// 不相容岗位分离 in the approval engine: the drafter and the submitter of a plan never decide any of its steps,
/// even when the route names them or they hold the step's role; a route must leave every step to someone who
/// cannot draft.
/// </summary>
public class ApprovalSeparationOfDutiesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Drafter = Guid.NewGuid();
    private static readonly Guid Submitter = Guid.NewGuid();
    private static readonly Guid Leader = Guid.NewGuid();
    private static readonly DateTimeOffset Due = Monday.AddDays(3);

    [Fact]
    public void The_drafter_named_on_the_step_is_left_out_of_its_approvers_and_refused_with_the_reason()
    {
        var plan = Submitted(Route(new("领导审批", "Leader", ApprovalAssigneeKind.Users, null, [Drafter, Leader], false, 2, null)), Drafter, out var step);

        plan.Approval!.StartStep(step, [Drafter, Leader], Due, Monday);

        step.Approvers.ShouldBe([Leader]);
        step.IsActionableBy(Drafter, plan.Approval!.Parties).ShouldBeFalse();
        step.IsActionableBy(Leader, plan.Approval!.Parties).ShouldBeTrue();
        var refusal = ((Action)(() => plan.Approval!.Decide(plan, step.Id, Drafter, "人事专员", ApprovalDecisionKind.Approve, null, Monday.AddHours(1))))
            .ShouldBeRefusedWith(TalentReformErrorCodes.ApprovalByDrafterOrSubmitter);
        refusal.Status.ShouldBe(422);
        refusal.Message("zh-Hans").ShouldContain("不相容岗位分离");
        refusal.Message("en").ShouldContain("separation of duties");
        (plan.Status, plan.Decisions.Count).ShouldBe((StaffingPlanStatus.Submitted, 0));
    }

    [Fact]
    public void A_submitter_who_is_not_the_drafter_is_refused_too_and_a_counter_signed_step_completes_without_them()
    {
        var plan = Submitted(Route(new("会签", "Counter-sign", ApprovalAssigneeKind.Role, "leader", [], true, 2, null)), Submitter, out var step);

        plan.Approval!.StartStep(step, [Submitter, Leader], Due, Monday);

        ((Action)(() => plan.Approval!.Decide(plan, step.Id, Submitter, "提交人", ApprovalDecisionKind.Approve, null, Monday)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.ApprovalByDrafterOrSubmitter);
        plan.Approval!.Decide(plan, step.Id, Leader, "领导", ApprovalDecisionKind.Approve, null, Monday.AddHours(2)).Outcome.ShouldBe(ApprovalOutcome.Approved);
    }

    [Fact]
    public void A_step_that_only_the_drafter_could_decide_does_not_start()
    {
        var plan = Submitted(Route(new("自审", "Self", ApprovalAssigneeKind.Role, "leader", [], false, 2, null)), Drafter, out var step);

        ((Action)(() => plan.Approval!.StartStep(step, [Drafter], Due, Monday)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.ApprovalStepNoIndependentApprover)
            .Message("zh-Hans").ShouldContain("“自审”");
        step.Status.ShouldBe(ApprovalStepStatus.Waiting);
        step.Approvers.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_route_step_left_only_to_people_who_may_draft_is_refused_and_one_with_an_independent_approver_is_accepted()
    {
        var directory = new Directory(rolesThatDraft: ["hr-officer"], usersThatDraft: [Drafter]);
        var independence = new ApprovalRouteIndependence(directory);
        ApprovalRouteStepSpec Review(ApprovalAssigneeKind kind, string? role, params Guid[] users) => new("审核", "Review", kind, role, users, false, 2, null);

        var byRole = await Should.ThrowAsync<BusinessException>(() => independence.EnsureIndependentAsync(
            [Review(ApprovalAssigneeKind.Role, "leader"), Review(ApprovalAssigneeKind.Role, "hr-officer")], "Draft"));
        var byUsers = await Should.ThrowAsync<BusinessException>(() => independence.EnsureIndependentAsync(
            [Review(ApprovalAssigneeKind.Users, null, Drafter)], "Draft"));

        (byRole.Code, byRole.Args[0], byRole.Args[2]).ShouldBe((TalentReformErrorCodes.ApprovalRouteStepNotIndependent, (object?)2, (object?)"hr-officer"));
        (byUsers.Code, byUsers.Args[2]).ShouldBe((TalentReformErrorCodes.ApprovalRouteStepNotIndependent, (object?)"人事专员"));
        await independence.EnsureIndependentAsync([Review(ApprovalAssigneeKind.Users, null, Drafter, Leader), Review(ApprovalAssigneeKind.Role, "leader")], "Draft");
    }

    private static ApprovalRoute Route(ApprovalRouteStepSpec step) => new(Guid.NewGuid(), SmallZone.ZoneId, StaffingPlan.Kind, "路径", true, [step]);

    private static StaffingPlan Submitted(ApprovalRoute route, Guid submitter, out ApprovalStep first)
    {
        var plan = new StaffingPlan(Guid.NewGuid(), SmallZone.ZoneId, "2026-001", "机构改革方案", "请示", SmallZone.Effective, Drafter, "人事专员", Monday.AddDays(-3));
        plan.AddChange(new RenameUnitChange(Guid.NewGuid(), "新名", "New", null), Monday);
        var metrics = new OrgMetricsSummary(3, 4, 1.5, 2, 4, 100, 5, 2, 0.4, [], 0, 0, 0);
        var clean = new PlanImpactResult(new PlanImpactReport(Monday, SmallZone.Effective, 1, metrics, metrics, [], [], [], [], []), []);
        first = PlanApproval.Submit(plan, clean, route, submitter, Monday);
        return plan;
    }

    /// <summary>Who holds the drafting permission, as the Identity module would answer.</summary>
    private sealed class Directory(IReadOnlyList<string> rolesThatDraft, IReadOnlyList<Guid> usersThatDraft) : IApproverDirectory
    {
        public Task<IReadOnlyList<Guid>> GetUsersInRoleAsync(Guid zoneId, string roleName, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Guid>>([]);

        public Task<IReadOnlyList<Guid>> FilterZoneUsersAsync(Guid zoneId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Guid>>([.. userIds]);

        public Task<bool> RoleExistsAsync(string roleName, CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task<bool> RoleHoldsPermissionAsync(string roleName, string permission, CancellationToken cancellationToken = default) =>
            Task.FromResult(rolesThatDraft.Contains(roleName));

        public Task<IReadOnlyList<Guid>> FilterUsersWithoutPermissionAsync(
            IReadOnlyCollection<Guid> userIds, string permission, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Guid>>([.. userIds.Where(u => !usersThatDraft.Contains(u))]);

        public Task<IReadOnlyList<string>> GetNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>([.. userIds.Select(u => u == Drafter ? "人事专员" : "领导")]);
    }
}
