using System.Globalization;
using TalentReform.Data;
using TalentReform.Notifications;
using TalentReform.Planning.Approval;
using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;

namespace TalentReform.Planning;

/// <summary>
/// The staffing-plan rules that need more than the plan: numbering, checking each change against the live
/// structure, submission along the zone's default route, starting steps with their approvers and working-day
/// due times, decisions, and the in-app notices that go with them.
/// </summary>
public class StaffingPlanManager(
    IRepository<StaffingPlan> plans,
    IRepository<ApprovalRoute> routes,
    IRepository<Notification> notifications,
    IApproverDirectory approvers,
    PlanImpactCalculator impact,
    WorkingDayCalendar calendar,
    IAsyncQueryableExecuter executer,
    ISequenceNumbers sequences,
    TimeProvider clock)
{
    public async Task<StaffingPlan> CreateAsync(
        Guid zoneId, string title, string rationale, DateOnly effectiveDate, Guid creatorId, string creatorName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var year = WorkingDayCalendar.ChinaDate(now).Year;
        var prefix = year.ToString(CultureInfo.InvariantCulture) + "-";
        var numbers = await executer.ToListAsync(
            plans.GetQueryable().Where(p => p.ZoneId == zoneId && p.Number.StartsWith(prefix)).Select(p => p.Number), cancellationToken);
        var highest = numbers.Select(n => int.TryParse(n.AsSpan(prefix.Length), CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max();

        // The counter row hands out the number atomically; the highest number in use only matters for numbers
        // given before the counter existed (seeded or older plans).
        var next = await sequences.NextAsync($"StaffingPlan:{zoneId:N}:{year.ToString(CultureInfo.InvariantCulture)}", highest, cancellationToken);
        return new StaffingPlan(Guid.NewGuid(), zoneId, prefix + next.ToString("000", CultureInfo.InvariantCulture), title, rationale, effectiveDate, creatorId, creatorName, now);
    }

    /// <summary>Adds the change after checking that the plan, with it, still runs on the live structure.</summary>
    public async Task<PlanChange> AddChangeAsync(StaffingPlan plan, PlanChangeSpec spec, CancellationToken cancellationToken = default)
    {
        await CalculateAsync(plan, [.. plan.ChangeSpecs, spec], cancellationToken);
        return plan.AddChange(spec, clock.GetUtcNow());
    }

    public async Task ReplaceChangeAsync(StaffingPlan plan, Guid changeId, PlanChangeSpec spec, CancellationToken cancellationToken = default)
    {
        var target = plan.GetChange(changeId);
        await CalculateAsync(plan, plan.Changes.Select(c => c == target ? spec : c.Spec).ToList(), cancellationToken);
        plan.ReplaceChange(changeId, spec, clock.GetUtcNow());
    }

    /// <summary>The plan's impact on the structure as it is now (for drafts; a submitted plan shows its stored report).</summary>
    public async Task<PlanImpactReport> GetLiveImpactAsync(StaffingPlan plan, CancellationToken cancellationToken = default) =>
        (await CalculateAsync(plan, plan.ChangeSpecs, cancellationToken)).Report;

    public async Task SubmitAsync(StaffingPlan plan, Guid submitterId, CancellationToken cancellationToken = default)
    {
        var zoneId = plan.ZoneId!.Value;
        var route = await executer.FirstOrDefaultAsync(routes.GetQueryable().Where(r => r.ZoneId == zoneId && r.IsDefault), cancellationToken)
            ?? throw new BusinessException(TalentReformErrorCodes.ApprovalRouteNotConfigured);
        var result = await CalculateAsync(plan, plan.ChangeSpecs, cancellationToken);
        var now = clock.GetUtcNow();
        var first = plan.Submit(result, route.Name, route.Steps, submitterId, now);
        await StartStepAsync(plan, first, now, cancellationToken);
    }

    /// <summary>Records a decision and follows it up: the next step starts, or the drafter hears the outcome.</summary>
    public async Task<DecisionOutcome> DecideAsync(
        StaffingPlan plan, Guid stepId, Guid userId, string userName, ApprovalDecisionKind kind, string? comment, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var (outcome, next) = plan.Decide(stepId, userId, userName, kind, comment, now);
        switch (outcome)
        {
            case DecisionOutcome.NextStepStarted:
                await StartStepAsync(plan, next!, now, cancellationToken);
                break;
            case DecisionOutcome.PlanApproved:
                await NotifyAsync(plan, [plan.CreatorId], NotificationKind.PlanApproved, [plan.Title], now, cancellationToken);
                break;
            case DecisionOutcome.PlanRejected:
                await NotifyAsync(plan, [plan.CreatorId], NotificationKind.PlanRejected, [plan.Title, comment ?? ""], now, cancellationToken);
                break;
            case DecisionOutcome.PlanReturned:
                await NotifyAsync(plan, [plan.CreatorId], NotificationKind.PlanReturned, [plan.Title, comment ?? ""], now, cancellationToken);
                break;
        }

        return outcome;
    }

    /// <summary>
    /// Marks a pending step overdue once and tells its approvers (超期提醒) and the step's escalation role
    /// (超期督办). Returns false when there was nothing to do.
    /// </summary>
    public async Task<bool> NotifyOverdueAsync(StaffingPlan plan, ApprovalStep step, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!step.IsOverdueAt(now) || step.OverdueNotifiedAt is not null)
        {
            return false;
        }

        step.MarkOverdueNotified(now);
        var due = FormatDue(step.DueAt!.Value);
        await NotifyAsync(plan, step.Approvers, NotificationKind.StepOverdue, [plan.Title, step.NameZh, due], now, cancellationToken);
        if (step.EscalationRole is { } role)
        {
            var escalated = await approvers.GetUsersInRoleAsync(plan.ZoneId!.Value, role, cancellationToken);
            await NotifyAsync(plan, escalated.Except(step.Approvers).ToList(), NotificationKind.StepEscalated, [plan.Title, step.NameZh, due], now, cancellationToken);
        }

        return true;
    }

    public async Task NotifyAsync(
        StaffingPlan plan, IReadOnlyCollection<Guid> users, NotificationKind kind, IReadOnlyList<string> args, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var user in users.Distinct())
        {
            await notifications.InsertAsync(new Notification(Guid.NewGuid(), plan.ZoneId!.Value, user, kind, plan.Id, args, now), cancellationToken);
        }
    }

    /// <summary>The due time as people read it: China time, to the minute.</summary>
    public static string FormatDue(DateTimeOffset due) =>
        due.ToOffset(WorkCalendarConsts.ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private async Task StartStepAsync(StaffingPlan plan, ApprovalStep step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zoneId = plan.ZoneId!.Value;
        var users = step.AssigneeKind == ApprovalAssigneeKind.Role
            ? await approvers.GetUsersInRoleAsync(zoneId, step.AssigneeRole!, cancellationToken)
            : await approvers.FilterZoneUsersAsync(zoneId, step.AssigneeUsers, cancellationToken);
        if (users.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanStepHasNoApprovers, step.Sequence, step.NameZh);
        }

        var due = await calendar.AddWorkingDaysAsync(now, step.TimeLimitWorkingDays, cancellationToken);
        plan.StartStep(step, users, due, now);
        // The approvers the step kept: never the drafter or submitter.
        await NotifyAsync(plan, step.Approvers, NotificationKind.StepAssigned, [plan.Title, step.NameZh, FormatDue(due)], now, cancellationToken);
    }

    private Task<PlanImpactResult> CalculateAsync(StaffingPlan plan, IReadOnlyList<PlanChangeSpec> changes, CancellationToken cancellationToken) =>
        impact.CalculateAsync(plan.ZoneId!.Value, plan.EffectiveDate, changes, cancellationToken);
}
