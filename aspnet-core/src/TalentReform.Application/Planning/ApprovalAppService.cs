using TalentReform.Data;
using TalentReform.Planning.Approval;
using TalentReform.Users;

namespace TalentReform.Planning;

/// <summary>
/// The approval engine's inbox, over every kind of document, and the decisions on staffing plans (the engine's first
/// kind; a later kind decides through its own module, which loads its document for the engine).
/// </summary>
public class ApprovalAppService(
    IRepository<StaffingPlan> plans,
    IRepository<ApprovalProcess> processes,
    IRepository<ApprovalStep> steps,
    IRepository<ApprovalDecision> decisions,
    StaffingPlanManager manager,
    PlanApplyRunner applyRunner,
    StaffingPlanDtoBuilder builder,
    ApprovalDocumentKinds kinds,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock) : IApprovalAppService
{
    /// <summary>
    /// The caller's pending steps (not yet decided by them) of documents of any kind or the one asked for, soonest due
    /// first. Steps are reached through the processes the caller's zone filter lets through, so the list never crosses
    /// zones; the document is named by the number and title its process took at the last submission.
    /// </summary>
    public async Task<IReadOnlyList<ApprovalInboxItemDto>> GetInboxAsync(GetApprovalInboxInput input, CancellationToken cancellationToken = default)
    {
        var me = currentUser.Id!.Value;
        var key = me.ToString();
        var pending = await executer.ToListAsync(
            steps.GetDetachedQueryable().Where(s => s.Status == ApprovalStepStatus.Pending && s.ApproverUserIds.Contains(key)), cancellationToken);
        pending = pending.Where(s => s.Approvers.Contains(me)).ToList();
        var stepIds = pending.Select(s => s.Id).ToList();
        var processIds = pending.Select(s => s.ProcessId).Distinct().ToList();
        var decided = await executer.ToListAsync(
            decisions.GetDetachedQueryable().Where(d => stepIds.Contains(d.StepId)).Select(d => new { d.StepId, d.UserId, d.Kind }), cancellationToken);
        var zoneProcesses = processes.GetDetachedQueryable().Where(p => processIds.Contains(p.Id));
        if (!string.IsNullOrWhiteSpace(input.DocumentKind))
        {
            var kind = input.DocumentKind.Trim();
            zoneProcesses = zoneProcesses.Where(p => p.DocumentKind == kind);
        }

        var processRows = (await executer.ToListAsync(
                zoneProcesses.Select(p => new
                {
                    p.Id, p.DocumentKind, p.DocumentId, p.DocumentNumber, p.DocumentTitle, p.DrafterId, p.SubmitterId,
                    StepCount = p.Steps.Count(s => s.Round == p.Round),
                }),
                cancellationToken))
            .ToDictionary(p => p.Id);

        // Only staffing plans have an effective date to show beside the step.
        var planIds = processRows.Values.Where(p => p.DocumentKind == StaffingPlan.Kind).Select(p => p.DocumentId).ToList();
        var effectiveDates = (await executer.ToListAsync(
                plans.GetDetachedQueryable().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.EffectiveDate }), cancellationToken))
            .ToDictionary(p => p.Id, p => p.EffectiveDate);
        var drafters = await builder.UserNamesAsync(processRows.Values.Select(p => p.DrafterId), cancellationToken);

        var items = new List<ApprovalInboxItemDto>();
        foreach (var step in pending.Where(s => processRows.ContainsKey(s.ProcessId) && !decided.Any(d => d.StepId == s.Id && d.UserId == me)))
        {
            var process = processRows[step.ProcessId];

            // Only what the caller may decide: never a document they drafted or submitted (不相容岗位分离).
            if (!step.IsActionableBy(me, new ApprovalParties(process.DrafterId, process.SubmitterId)))
            {
                continue;
            }

            var remaining = await builder.RemainingWorkingDaysAsync(step.DueAt!.Value, cancellationToken);
            items.Add(step.ToInboxItemDto(
                process.DocumentKind, process.DocumentId, process.DocumentNumber, process.DocumentTitle, kinds.Find(process.DocumentKind)?.LinkTo(process.DocumentId),
                effectiveDates.TryGetValue(process.DocumentId, out var effective) ? effective : null, ApprovalMapper.NameOf(drafters, process.DrafterId),
                process.StepCount, decided.Count(d => d.StepId == step.Id), remaining, step.IsOverdueAt(clock.GetUtcNow())));
        }

        return items.OrderBy(i => i.DueAt).ToList();
    }

    /// <summary>
    /// Decides a step. Two decisions racing on one step both change the process and the plan rows, so only the first
    /// commits and the other gets 409. When the last approval lands on a plan whose effective date has come, the plan
    /// is applied at once, in its own transaction (a refusal is kept on the plan and told to the drafter).
    /// </summary>
    public async Task<StaffingPlanDto> DecideAsync(Guid stepId, DecideApprovalDto input, CancellationToken cancellationToken = default)
    {
        // Found through the processes the caller's zone filter lets through: another zone's step is simply not
        // found, and the answer names only the step id the caller sent, never that zone's plan.
        var planId = await executer.FirstOrDefaultAsync(
                processes.GetDetachedQueryable().Where(p => p.DocumentKind == StaffingPlan.Kind && p.Steps.Any(s => s.Id == stepId)).Select(p => (Guid?)p.DocumentId),
                cancellationToken)
            ?? throw new EntityNotFoundException("Entity:ApprovalStep", stepId);
        var plan = await plans.GetAsync(planId, cancellationToken);
        var me = currentUser.Id!.Value;
        var name = (await builder.UserNamesAsync([me], cancellationToken)).GetValueOrDefault(me) ?? currentUser.UserName ?? "-";
        var outcome = await manager.DecideAsync(plan, stepId, me, name, input.Decision!.Value, input.Comment, cancellationToken);
        await plans.TouchAsync(plan, cancellationToken);
        await plans.SaveChangesAsync(cancellationToken);

        if (outcome == ApprovalOutcome.Approved && plan.EffectiveDate <= WorkingDayCalendar.ChinaDate(clock.GetUtcNow()))
        {
            try
            {
                await applyRunner.ApplyAsync(plan.Id, recordFailure: true, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // The scheduled apply took the plan at the same moment; the decision itself is saved.
            }

            plan = await plans.GetAsync(planId, cancellationToken);
        }

        return await builder.BuildAsync(plan, cancellationToken);
    }
}
