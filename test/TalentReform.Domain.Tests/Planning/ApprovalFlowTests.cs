using TalentReform.Planning.Approval;
using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;

namespace TalentReform.Planning;

/// <summary>The plan's approval state machine: assignment, counter-signing, comments, timeliness, return and resubmission.</summary>
public class ApprovalFlowTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Reviewer = Guid.NewGuid();
    private static readonly Guid Leader = Guid.NewGuid();
    private static readonly Guid Director = Guid.NewGuid();
    private static readonly Guid Drafter = Guid.NewGuid();

    private readonly ApprovalRoute _route = new(Guid.NewGuid(), SmallZone.ZoneId, StaffingPlan.Kind, "定岗定编方案审批", true,
    [
        new("编办初审", "Review", ApprovalAssigneeKind.Users, null, [Reviewer], false, 3, "leader"),
        new("主任办公会", "Meeting", ApprovalAssigneeKind.Users, null, [Leader, Director], true, 5, null),
    ]);

    [Fact]
    public void Only_the_assignee_decides_reject_needs_a_comment_and_a_counter_signed_step_needs_everyone()
    {
        var plan = SubmittedPlan(out var first);
        ((Action)(() => plan.Approval!.Decide(plan, first.Id, Leader, "领导", ApprovalDecisionKind.Approve, null, Monday))).ShouldBeRefusedWith(TalentReformErrorCodes.ApprovalNotAssignee)
            .Status.ShouldBe(403);
        ((Action)(() => plan.Approval!.Decide(plan, first.Id, Reviewer, "审核员", ApprovalDecisionKind.Reject, " ", Monday))).ShouldBeRefusedWith(TalentReformErrorCodes.ApprovalCommentRequired);

        var (outcome, second) = plan.Approval!.Decide(plan, first.Id, Reviewer, "审核员", ApprovalDecisionKind.Approve, null, Monday.AddDays(1));
        outcome.ShouldBe(ApprovalOutcome.NextStepStarted);
        plan.Approval!.StartStep(second!, [Leader, Director], Monday.AddDays(10), Monday.AddDays(1));

        plan.Approval!.Decide(plan, second!.Id, Leader, "领导", ApprovalDecisionKind.Approve, null, Monday.AddDays(2)).Outcome.ShouldBe(ApprovalOutcome.StepStillOpen);
        ((Action)(() => plan.Approval!.Decide(plan, second.Id, Leader, "领导", ApprovalDecisionKind.Approve, null, Monday.AddDays(2))))
            .ShouldBeRefusedWith(TalentReformErrorCodes.ApprovalAlreadyDecided).Status.ShouldBe(409);
        plan.Approval!.Decide(plan, second.Id, Director, "主任", ApprovalDecisionKind.Approve, null, Monday.AddDays(3)).Outcome.ShouldBe(ApprovalOutcome.Approved);

        plan.Status.ShouldBe(StaffingPlanStatus.Approved);
        plan.Steps.Select(s => s.Status).ShouldBe([ApprovalStepStatus.Approved, ApprovalStepStatus.Approved]);
        ((Action)(() => plan.Approval!.Decide(plan, second.Id, Director, "主任", ApprovalDecisionKind.Approve, null, Monday))).ShouldBeRefusedWith(TalentReformErrorCodes.ApprovalStepNotPending)
            .Status.ShouldBe(409);
    }

    [Fact]
    public void A_decision_after_the_due_time_is_late_and_the_step_is_overdue_until_decided()
    {
        var plan = SubmittedPlan(out var first);
        var due = first.DueAt!.Value;
        first.IsOverdueAt(due).ShouldBeFalse();
        first.IsOverdueAt(due.AddSeconds(1)).ShouldBeTrue();

        plan.Approval!.Decide(plan, first.Id, Reviewer, "审核员", ApprovalDecisionKind.Approve, null, due.AddHours(1));

        plan.Decisions.ShouldHaveSingleItem().OnTime.ShouldBeFalse();
        first.IsOnTime.ShouldBe(false);
        first.IsOverdueAt(due.AddDays(5)).ShouldBeFalse();
    }

    [Fact]
    public void A_returned_plan_goes_back_to_the_drafter_and_its_resubmission_is_a_new_round()
    {
        var plan = SubmittedPlan(out var first);
        ((Action)(() => plan.AddChange(new AbolishUnitChange(Guid.NewGuid()), Monday))).ShouldBeRefusedWith(TalentReformErrorCodes.PlanNotEditable);

        plan.Approval!.Decide(plan, first.Id, Reviewer, "审核员", ApprovalDecisionKind.Return, "请补充编制来源", Monday.AddDays(1)).Outcome.ShouldBe(ApprovalOutcome.Returned);
        plan.Status.ShouldBe(StaffingPlanStatus.Returned);
        plan.Steps.Select(s => s.Status).ShouldBe([ApprovalStepStatus.Returned, ApprovalStepStatus.Cancelled]);

        plan.AddChange(new RenameUnitChange(Guid.NewGuid(), "新名", "New", null), Monday.AddDays(2));
        plan.Status.ShouldBe(StaffingPlanStatus.Draft);
        var again = PlanApproval.Submit(plan, Clean(2), _route, Drafter, Monday.AddDays(3));
        (again.Round, plan.Round, plan.CurrentSteps.Count()).ShouldBe((2, 2, 2));
    }

    [Fact]
    public void A_plan_without_changes_or_with_a_new_hard_breach_cannot_be_submitted()
    {
        var empty = NewPlan();
        ((Action)(() => PlanApproval.Submit(empty, Clean(0), _route, Drafter, Monday))).ShouldBeRefusedWith(TalentReformErrorCodes.PlanHasNoChanges);

        var plan = NewPlan();
        plan.AddChange(new AbolishUnitChange(Guid.NewGuid()), Monday);
        var breach = new PlanViolation(PlanRuleKind.PersonWithoutPost, "person:x", null, null, Guid.NewGuid(), ["丙"], IsNew: true, CausedBy: 1);
        var blocked = new PlanImpactResult(Clean(1).Report with { Violations = [breach] }, []);
        ((Action)(() => PlanApproval.Submit(plan, blocked, _route, Drafter, Monday))).ShouldBeRefusedWith(TalentReformErrorCodes.PlanBreaksHardRules)
            .Message("zh-Hans").ShouldContain("丙 调整后没有岗位");
        plan.Status.ShouldBe(StaffingPlanStatus.Draft);
    }

    [Fact]
    public void Withdrawing_cancels_the_open_steps_and_an_approved_plan_applies_only_from_its_date()
    {
        var plan = SubmittedPlan(out _);
        plan.Withdraw(Monday.AddDays(1));
        plan.Steps.ShouldAllBe(s => s.Status == ApprovalStepStatus.Cancelled);
        ((Action)(() => plan.EnsureCanApply(new DateOnly(2030, 1, 1)))).ShouldBeRefusedWith(TalentReformErrorCodes.PlanStatusInvalid);
        ((Action)(() => plan.Withdraw(Monday.AddDays(2)))).ShouldBeRefusedWith(TalentReformErrorCodes.PlanStatusInvalid);
    }

    private StaffingPlan SubmittedPlan(out ApprovalStep first)
    {
        var plan = NewPlan();
        plan.AddChange(new RenameUnitChange(Guid.NewGuid(), "新名", "New", null), Monday);
        first = PlanApproval.Submit(plan, Clean(1), _route, Drafter, Monday);
        plan.Approval!.StartStep(first, [Reviewer], new DateTimeOffset(2026, 6, 4, 23, 59, 59, TimeSpan.FromHours(8)), Monday);
        return plan;
    }

    private static StaffingPlan NewPlan() =>
        new(Guid.NewGuid(), SmallZone.ZoneId, "2026-001", "机构改革方案", "请示", SmallZone.Effective, Drafter, "人事专员", Monday.AddDays(-3));

    private static PlanImpactResult Clean(int changes)
    {
        var metrics = new OrgMetricsSummary(3, 4, 1.5, 2, 4, 100, 5, 2, 0.4, [], 0, 0, 0);
        return new PlanImpactResult(new PlanImpactReport(Monday, SmallZone.Effective, changes, metrics, metrics, [], [], [], [], []), []);
    }
}
