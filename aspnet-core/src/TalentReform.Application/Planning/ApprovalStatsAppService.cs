using TalentReform.Data;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>
/// 按时办结率 of the caller's zone (see <see cref="ApprovalTimeliness"/>), over the approvals of every kind of document
/// or of the one asked for, with the approvers named and the steps overdue now.
/// </summary>
public class ApprovalStatsAppService(
    IRepository<ApprovalProcess> processes,
    StaffingPlanDtoBuilder builder,
    ApprovalDocumentKinds kinds,
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

        // The zone filter applies to the processes; steps and decisions are reached through them.
        var zoneProcesses = processes.GetDetachedQueryable();
        if (!string.IsNullOrWhiteSpace(input.DocumentKind))
        {
            var kind = input.DocumentKind.Trim();
            zoneProcesses = zoneProcesses.Where(p => p.DocumentKind == kind);
        }

        var allSteps = await executer.ToListAsync(zoneProcesses.SelectMany(p => p.Steps).Where(s => s.StartedAt != null), cancellationToken);
        // Filtered in memory: a zone has hundreds of decisions, and SQLite stores instants as binary values.
        var allDecisions = await executer.ToListAsync(zoneProcesses.SelectMany(p => p.Decisions), cancellationToken);
        var report = ApprovalTimeliness.Compute(allSteps, allDecisions, start, end, now);
        var names = await builder.UserNamesAsync(
            report.ByApprovers.Select(r => Guid.Parse(r.Key)).Concat(report.OverdueNow.SelectMany(s => s.Approvers)), cancellationToken);

        var byApprovers = report.ByApprovers
            .Select(r =>
            {
                var name = ApprovalMapper.NameOf(names, Guid.Parse(r.Key));
                return r.ToDto(nameZh: name, nameEn: name);
            })
            .OrderBy(r => r.NameZh, StringComparer.Ordinal)
            .ToList();

        var documents = (await executer.ToListAsync(zoneProcesses.Select(p => new { p.Id, p.DocumentKind, p.DocumentId, p.DocumentNumber, p.DocumentTitle }), cancellationToken))
            .ToDictionary(p => p.Id);
        var overdueNow = new List<OverdueStepDto>();
        foreach (var step in report.OverdueNow)
        {
            var document = documents[step.ProcessId];
            var late = -await builder.RemainingWorkingDaysAsync(step.DueAt!.Value, cancellationToken);
            overdueNow.Add(step.ToOverdueDto(
                document.DocumentKind, document.DocumentId, document.DocumentNumber, document.DocumentTitle, kinds.Find(document.DocumentKind)?.LinkTo(document.DocumentId),
                late, step.Approvers.ToUserRefs(names)));
        }

        return report.ToDto(from, to, byApprovers, overdueNow);
    }
}
