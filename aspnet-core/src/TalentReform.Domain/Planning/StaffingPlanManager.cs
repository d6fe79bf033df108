using System.Globalization;
using TalentReform.Data;
using TalentReform.Notifications;
using TalentReform.Planning.Approval;
using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;

namespace TalentReform.Planning;

/// <summary>
/// The staffing-plan rules that need more than the plan: numbering, checking each change against the live
/// structure, and submission and decisions through the approval engine (the plan is its first kind of document).
/// </summary>
public class StaffingPlanManager(
    IRepository<StaffingPlan> plans,
    ApprovalEngine engine,
    IRepository<Notification> notifications,
    PlanImpactCalculator impact,
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

    /// <summary>Submits along the zone's default route for staffing plans; the route is looked up first, so a zone without one is told so.</summary>
    public async Task SubmitAsync(StaffingPlan plan, Guid submitterId, CancellationToken cancellationToken = default)
    {
        var route = await engine.GetDefaultRouteAsync(plan.ZoneId!.Value, StaffingPlan.Kind, cancellationToken);
        var result = await CalculateAsync(plan, plan.ChangeSpecs, cancellationToken);
        plan.Submit(result, clock.GetUtcNow());
        await engine.SubmitAsync(plan, route, submitterId, cancellationToken);
    }

    /// <summary>Records a decision through the engine: the next step starts, or the plan and its drafter hear the outcome.</summary>
    public Task<ApprovalOutcome> DecideAsync(
        StaffingPlan plan, Guid stepId, Guid userId, string userName, ApprovalDecisionKind kind, string? comment, CancellationToken cancellationToken = default) =>
        engine.DecideAsync(plan, stepId, userId, userName, kind, comment, cancellationToken);

    /// <summary>The plan's own notices (applied, apply failed), beside the engine's approval notices.</summary>
    public async Task NotifyAsync(
        StaffingPlan plan, IReadOnlyCollection<Guid> users, NotificationKind kind, IReadOnlyList<string> args, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var user in users.Distinct())
        {
            await notifications.InsertAsync(new Notification(Guid.NewGuid(), plan.ZoneId!.Value, user, kind, plan.Id, args, now, StaffingPlan.Kind), cancellationToken);
        }
    }

    private Task<PlanImpactResult> CalculateAsync(StaffingPlan plan, IReadOnlyList<PlanChangeSpec> changes, CancellationToken cancellationToken) =>
        impact.CalculateAsync(plan.ZoneId!.Value, plan.EffectiveDate, changes, cancellationToken);
}
