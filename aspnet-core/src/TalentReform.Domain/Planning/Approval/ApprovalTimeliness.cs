using System.Globalization;

namespace TalentReform.Planning.Approval;

/// <summary>One line of the 按时办结率: steps (or an approver's decisions) completed on time and late, and overdue ones still open.</summary>
public sealed record ApprovalTimelinessRow(string Key, string NameZh, string NameEn, int Completed, int OnTime, int OverdueOpen)
{
    public int Late => Completed - OnTime;

    /// <summary>OnTime / (Completed + OverdueOpen), 0..1 to four places; null when there is nothing to rate.</summary>
    public double? OnTimeRate => Completed + OverdueOpen == 0 ? null : Math.Round((double)OnTime / (Completed + OverdueOpen), 4);
}

/// <summary>The 按时办结率 of a period, in total, per step name, per approver (key: user id) and per month (key: yyyy-MM).</summary>
public sealed record ApprovalTimelinessReport(
    ApprovalTimelinessRow Total, IReadOnlyList<ApprovalTimelinessRow> BySteps, IReadOnlyList<ApprovalTimelinessRow> ByApprovers,
    IReadOnlyList<ApprovalTimelinessRow> ByMonths, IReadOnlyList<ApprovalStep> OverdueNow);

/// <summary>
/// 按时办结率 over the recorded steps and decisions of any kinds of documents. A step counts in the period when it
/// was completed in it (on time: completed no later than due), or when it is still open and its due time fell in
/// the period (overdue, already late). Rate = on time / (completed + overdue open). Per approver, each person's own
/// decisions count against the step's due time, and open overdue steps they have not decided.
/// </summary>
public static class ApprovalTimeliness
{
    /// <param name="steps">The started steps of the processes to rate.</param>
    /// <param name="decisions">Their decisions.</param>
    /// <param name="start">Start of the period (inclusive).</param>
    /// <param name="end">End of the period (exclusive).</param>
    public static ApprovalTimelinessReport Compute(
        IReadOnlyCollection<ApprovalStep> steps, IReadOnlyCollection<ApprovalDecision> decisions, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        var started = steps.Where(s => s.StartedAt != null).ToList();
        var stepIds = started.Select(s => s.Id).ToHashSet();
        var completed = started.Where(s => s.CompletedAt >= start && s.CompletedAt < end && s.Status != ApprovalStepStatus.Cancelled).ToList();
        var overdueOpen = started.Where(s => s.IsOverdueAt(now) && s.DueAt >= start && s.DueAt < end).ToList();
        var inPeriod = decisions.Where(d => d.DecidedAt >= start && d.DecidedAt < end && stepIds.Contains(d.StepId)).ToList();

        var total = Row("total", "合计", "Total", completed, overdueOpen);
        var bySteps = completed.Concat(overdueOpen).GroupBy(s => s.NameZh)
            .Select(g => Row(g.Key, g.Key, g.First().NameEn, g.Where(completed.Contains).ToList(), g.Where(overdueOpen.Contains).ToList()))
            .OrderByDescending(r => r.Completed + r.OverdueOpen)
            .ToList();

        var approverIds = inPeriod.Select(d => d.UserId).Concat(overdueOpen.SelectMany(s => s.Approvers)).Distinct();
        var byApprovers = approverIds.Select(id =>
            {
                var own = inPeriod.Where(d => d.UserId == id).ToList();
                var open = overdueOpen.Count(s => s.Approvers.Contains(id) && !decisions.Any(d => d.StepId == s.Id && d.UserId == id));
                var key = id.ToString();
                return new ApprovalTimelinessRow(key, key, key, own.Count, own.Count(d => d.OnTime), open);
            })
            .ToList();

        var byMonths = completed.GroupBy(s => WorkingDayCalendar.ChinaDate(s.CompletedAt!.Value).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .Select(g => Row(g.Key, g.Key, g.Key, g.ToList(), []))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        var overdueNow = started.Where(s => s.IsOverdueAt(now)).OrderBy(s => s.DueAt).ToList();
        return new ApprovalTimelinessReport(total, bySteps, byApprovers, byMonths, overdueNow);
    }

    private static ApprovalTimelinessRow Row(string key, string nameZh, string nameEn, IReadOnlyCollection<ApprovalStep> completed, IReadOnlyCollection<ApprovalStep> open) =>
        new(key, nameZh, nameEn, completed.Count, completed.Count(s => s.IsOnTime == true), open.Count);
}
