using TalentReform.Data;
using TalentReform.Notifications;

namespace TalentReform.Planning.Approval;

/// <summary>
/// Takes any <see cref="IApprovableDocument"/> through its zone's default route for the document's kind: opens its
/// <see cref="ApprovalProcess"/>, starts each step with its approvers (by role or named users, never the drafter or
/// submitter) and its due time in Chinese working days, records decisions, tells the document the outcome, and
/// sends the notices (to decide, overdue, escalated, decided). The document's own rules (may it be submitted?) stay
/// with the document.
/// </summary>
public class ApprovalEngine(
    IRepository<ApprovalProcess> processes,
    IRepository<ApprovalRoute> routes,
    IApproverDirectory approvers,
    ApprovalNotifier notifier,
    WorkingDayCalendar calendar,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    /// <summary>The zone's default route for the kind; refused when the zone has none.</summary>
    public async Task<ApprovalRoute> GetDefaultRouteAsync(Guid zoneId, string documentKind, CancellationToken cancellationToken = default) =>
        await executer.FirstOrDefaultAsync(
            routes.GetQueryable().Where(r => r.ZoneId == zoneId && r.DocumentKind == documentKind && r.IsDefault), cancellationToken)
        ?? throw new BusinessException(TalentReformErrorCodes.ApprovalRouteNotConfigured);

    /// <summary>Starts a new round of the document's approval along <paramref name="route"/> (opening the process at the first submission).</summary>
    public async Task<ApprovalProcess> SubmitAsync(IApprovableDocument document, ApprovalRoute route, Guid submitterId, CancellationToken cancellationToken = default)
    {
        if (route.DocumentKind != document.ApprovalKind)
        {
            throw new ArgumentException($"The route {route.Id} approves {route.DocumentKind}, not {document.ApprovalKind}.", nameof(route));
        }

        var process = document.Approval;
        if (process is null)
        {
            process = new ApprovalProcess(Guid.NewGuid(), document);
            await processes.InsertAsync(process, cancellationToken);
            document.AttachApproval(process);
        }

        var now = clock.GetUtcNow();
        var first = process.Submit(document, route.Name, route.Steps, submitterId);
        await StartStepAsync(process, first, now, cancellationToken);
        return process;
    }

    /// <summary>Records a decision and follows it up: the next step starts, or the drafter hears the outcome (the document has already been told).</summary>
    public async Task<ApprovalOutcome> DecideAsync(
        IApprovableDocument document, Guid stepId, Guid userId, string userName, ApprovalDecisionKind kind, string? comment,
        CancellationToken cancellationToken = default)
    {
        var process = document.Approval ?? throw new EntityNotFoundException("Entity:ApprovalStep", stepId);
        var now = clock.GetUtcNow();
        var (outcome, next) = process.Decide(document, stepId, userId, userName, kind, comment, now);
        var title = process.DocumentTitle;
        switch (outcome)
        {
            case ApprovalOutcome.NextStepStarted:
                await StartStepAsync(process, next!, now, cancellationToken);
                break;
            case ApprovalOutcome.Approved:
                await notifier.NotifyAsync(process, [process.DrafterId], NotificationKind.PlanApproved, [title], now, cancellationToken);
                break;
            case ApprovalOutcome.Rejected:
                await notifier.NotifyAsync(process, [process.DrafterId], NotificationKind.PlanRejected, [title, comment ?? ""], now, cancellationToken);
                break;
            case ApprovalOutcome.Returned:
                await notifier.NotifyAsync(process, [process.DrafterId], NotificationKind.PlanReturned, [title, comment ?? ""], now, cancellationToken);
                break;
        }

        await processes.TouchAsync(process, cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Every zone's pending steps past their due time, of every kind of document (or of <paramref name="documentKind"/>):
    /// each is marked overdue once and its approvers and escalation role are told. Saved per process.
    /// </summary>
    /// <returns>How many steps were newly found overdue.</returns>
    public async Task<int> NotifyOverdueStepsAsync(string? documentKind = null, CancellationToken cancellationToken = default)
    {
        using var _ = dataFilter.DisableZoneFilter();
        var now = clock.GetUtcNow();
        var query = processes.GetDetachedQueryable().Where(p => p.Status == ApprovalProcessStatus.Running);
        if (documentKind is not null)
        {
            query = query.Where(p => p.DocumentKind == documentKind);
        }

        var candidates = (await executer.ToListAsync(
                query.SelectMany(p => p.Steps).Where(s => s.Status == ApprovalStepStatus.Pending && s.OverdueNotifiedAt == null)
                    .Select(s => new { s.Id, s.ProcessId, s.DueAt }),
                cancellationToken))
            .Where(s => s.DueAt < now)
            .ToList();
        var count = 0;
        foreach (var group in candidates.GroupBy(s => s.ProcessId))
        {
            var process = await processes.GetAsync(group.Key, cancellationToken);
            foreach (var candidate in group)
            {
                if (await NotifyOverdueAsync(process, process.GetStep(candidate.Id), cancellationToken))
                {
                    count++;
                }
            }

            await processes.SaveChangesAsync(cancellationToken);
        }

        return count;
    }

    /// <summary>
    /// Marks a pending step overdue once and tells its approvers (超期提醒) and the step's escalation role
    /// (超期督办). Returns false when there was nothing to do.
    /// </summary>
    public async Task<bool> NotifyOverdueAsync(ApprovalProcess process, ApprovalStep step, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!step.IsOverdueAt(now) || step.OverdueNotifiedAt is not null)
        {
            return false;
        }

        step.MarkOverdueNotified(now);
        var due = ApprovalNotifier.FormatDue(step.DueAt!.Value);
        await notifier.NotifyAsync(process, step.Approvers, NotificationKind.StepOverdue, [process.DocumentTitle, step.NameZh, due], now, cancellationToken);
        if (step.EscalationRole is { } role)
        {
            var escalated = await approvers.GetUsersInRoleAsync(process.ZoneId!.Value, role, cancellationToken);
            await notifier.NotifyAsync(
                process, escalated.Except(step.Approvers).ToList(), NotificationKind.StepEscalated, [process.DocumentTitle, step.NameZh, due], now, cancellationToken);
        }

        return true;
    }

    private async Task StartStepAsync(ApprovalProcess process, ApprovalStep step, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zoneId = process.ZoneId!.Value;
        var users = step.AssigneeKind == ApprovalAssigneeKind.Role
            ? await approvers.GetUsersInRoleAsync(zoneId, step.AssigneeRole!, cancellationToken)
            : await approvers.FilterZoneUsersAsync(zoneId, step.AssigneeUsers, cancellationToken);
        if (users.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.ApprovalStepHasNoApprovers, step.Sequence, step.NameZh);
        }

        var due = await calendar.AddWorkingDaysAsync(now, step.TimeLimitWorkingDays, cancellationToken);
        process.StartStep(step, users, due, now);
        // The approvers the step kept: never the drafter or submitter.
        await notifier.NotifyAsync(process, step.Approvers, NotificationKind.StepAssigned, [process.DocumentTitle, step.NameZh, ApprovalNotifier.FormatDue(due)], now, cancellationToken);
    }
}
