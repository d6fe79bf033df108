using System.Globalization;
using TalentReform.Data;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>
/// 按时办结率 from the recorded steps and decisions of the caller's zone. A step counts in the period when it
/// was completed in it (on time: completed no later than due), or when it is still open and its due time fell
/// in the period (overdue, already late). Rate = on time / (completed + overdue open). Per approver, each
/// person's own decisions count against the step's due time, and open overdue steps they have not decided.
/// </summary>
public class ApprovalStatsAppService(
    IRepository<StaffingPlan> plans,
    StaffingPlanDtoBuilder builder,
    IAsyncQueryableExecuter executer,
    TimeProvider clock) : IApprovalStatsAppService
{
    public async Task<ApprovalStatsDto> GetAsync(GetApprovalStatsInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = WorkingDayCalendar.ChinaDate(now);
        var from = input.From ?? new DateOnly(today.Year - 1, 1, 1);
        var to = input.To ?? today;
        if (from > to)
        {
            throw new BusinessException(TalentReformErrorCodes.ApprovalStatsPeriodInvalid, from, to);
        }

        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), WorkCalendarConsts.ChinaOffset);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), WorkCalendarConsts.ChinaOffset);

        // The zone filter applies to the plans; steps and decisions are reached through them.
        var zonePlans = plans.GetDetachedQueryable();
        var allSteps = await executer.ToListAsync(zonePlans.SelectMany(p => p.Steps).Where(s => s.StartedAt != null), cancellationToken);
        var stepsById = allSteps.ToDictionary(s => s.Id);
        var completed = allSteps.Where(s => s.CompletedAt >= start && s.CompletedAt < end && s.Status != ApprovalStepStatus.Cancelled).ToList();
        var overdueOpen = allSteps.Where(s => s.IsOverdueAt(now) && s.DueAt >= start && s.DueAt < end).ToList();
        // Filtered in memory: a zone has hundreds of decisions, and SQLite stores instants as binary values.
        var allDecisions = await executer.ToListAsync(zonePlans.SelectMany(p => p.Decisions), cancellationToken);
        var decisions = allDecisions.Where(d => d.DecidedAt >= start && d.DecidedAt < end && stepsById.ContainsKey(d.StepId)).ToList();
        var overdueSteps = allSteps.Where(s => s.IsOverdueAt(now)).OrderBy(s => s.DueAt).ToList();
        var names = await builder.UserNamesAsync(
            decisions.Select(d => d.UserId).Concat(overdueOpen.SelectMany(s => s.Approvers)).Concat(overdueSteps.SelectMany(s => s.Approvers)),
            cancellationToken);

        var total = Row("total", "合计", "Total", completed, overdueOpen);
        var bySteps = completed.Concat(overdueOpen).GroupBy(s => s.NameZh)
            .Select(g => Row(g.Key, g.Key, g.First().NameEn, g.Where(completed.Contains).ToList(), g.Where(overdueOpen.Contains).ToList()))
            .OrderByDescending(r => r.Completed + r.OverdueOpen)
            .ToList();

        var approverIds = decisions.Select(d => d.UserId).Concat(overdueOpen.SelectMany(s => s.Approvers)).Distinct();
        var byApprovers = approverIds.Select(id =>
            {
                var own = decisions.Where(d => d.UserId == id).ToList();
                var open = overdueOpen.Count(s => s.Approvers.Contains(id) && !allDecisions.Any(d => d.StepId == s.Id && d.UserId == id));
                var name = names.GetValueOrDefault(id) ?? id.ToString();
                return new ApprovalStatsRowDto(id.ToString(), name, name, own.Count, own.Count(d => d.OnTime), own.Count(d => !d.OnTime), open,
                    Rate(own.Count(d => d.OnTime), own.Count + open));
            })
            .OrderBy(r => r.NameZh, StringComparer.Ordinal)
            .ToList();

        var byMonths = completed.GroupBy(s => WorkingDayCalendar.ChinaDate(s.CompletedAt!.Value).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .Select(g => Row(g.Key, g.Key, g.Key, g.ToList(), []))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        var planRows = (await executer.ToListAsync(zonePlans.Select(p => new { p.Id, p.Number, p.Title }), cancellationToken)).ToDictionary(p => p.Id);
        var overdueNow = new List<OverdueStepDto>();
        foreach (var step in overdueSteps)
        {
            var plan = planRows[step.PlanId];
            var late = -await builder.RemainingWorkingDaysAsync(step.DueAt!.Value, cancellationToken);
            overdueNow.Add(new OverdueStepDto(
                step.Id, plan.Id, plan.Number, plan.Title, step.NameZh, step.NameEn, step.DueAt.Value, late,
                step.Approvers.Select(a => new UserRefDto(a, names.GetValueOrDefault(a) ?? a.ToString())).ToList()));
        }

        return new ApprovalStatsDto(from, to, total, bySteps, byApprovers, byMonths, overdueNow);
    }

    private static ApprovalStatsRowDto Row(string key, string nameZh, string nameEn, IReadOnlyCollection<ApprovalStep> completed, IReadOnlyCollection<ApprovalStep> open)
    {
        var onTime = completed.Count(s => s.IsOnTime == true);
        return new ApprovalStatsRowDto(key, nameZh, nameEn, completed.Count, onTime, completed.Count - onTime, open.Count, Rate(onTime, completed.Count + open.Count));
    }

    private static double? Rate(int onTime, int total) => total == 0 ? null : Math.Round((double)onTime / total, 4);
}
