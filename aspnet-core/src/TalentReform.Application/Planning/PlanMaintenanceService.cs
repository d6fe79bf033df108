using TalentReform.Data;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>
/// The two scheduled duties of the Planning module, for every zone (run by the host's Quartz jobs, without a
/// signed-in user): mark overdue approval steps of every kind of document and notify (超期提醒、督办: the approval
/// engine's), and apply approved plans whose effective date has come.
/// </summary>
public class PlanMaintenanceService(
    IRepository<StaffingPlan> plans,
    ApprovalEngine engine,
    PlanApplyRunner applyRunner,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    /// <returns>How many steps were newly found overdue.</returns>
    public Task<int> NotifyOverdueStepsAsync(CancellationToken cancellationToken = default) =>
        engine.NotifyOverdueStepsAsync(cancellationToken: cancellationToken);

    /// <returns>How many plans were applied.</returns>
    public async Task<int> ApplyDuePlansAsync(CancellationToken cancellationToken = default)
    {
        using var _ = dataFilter.DisableZoneFilter();
        var today = WorkingDayCalendar.ChinaDate(clock.GetUtcNow());
        var due = await executer.ToListAsync(
            plans.GetDetachedQueryable().Where(p => p.Status == StaffingPlanStatus.Approved && p.EffectiveDate <= today && p.ApplyFailureJson == null)
                .OrderBy(p => p.EffectiveDate).Select(p => p.Id),
            cancellationToken);
        var applied = 0;
        foreach (var id in due)
        {
            if (await applyRunner.ApplyAsync(id, recordFailure: true, cancellationToken) is null)
            {
                applied++;
            }
        }

        return applied;
    }
}
