using TalentReform.Data;
using TalentReform.Notifications;

namespace TalentReform.Planning;

/// <summary>
/// Runs <see cref="PlanApplier"/> in its own transaction: every staged write is saved at once, or none. When
/// asked (the scheduled apply, the apply right after the last approval), a refusal is kept on the plan and
/// the drafter is told, in a second, separate save.
/// </summary>
public class PlanApplyRunner(
    IRepository<StaffingPlan> plans,
    PlanApplier applier,
    StaffingPlanManager manager,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    /// <returns>The refusal, or null when the plan was applied.</returns>
    public async Task<BusinessException?> ApplyAsync(Guid planId, bool recordFailure, CancellationToken cancellationToken = default)
    {
        try
        {
            await unitOfWork.RunInTransactionAsync<bool>(
                async ct =>
                {
                    var plan = await plans.GetAsync(planId, ct);
                    await applier.ApplyAsync(plan, ct);
                    await plans.SaveChangesAsync(ct);
                    return (true, true);
                },
                cancellationToken);
            return null;
        }
        catch (BusinessException error) when (recordFailure)
        {
            var plan = await plans.GetAsync(planId, cancellationToken);
            plan.RecordApplyFailure(error, clock.GetUtcNow());
            await manager.NotifyAsync(
                plan, [plan.CreatorId], NotificationKind.PlanApplyFailed, [plan.Title, new Localization.LocalizedText(error.Code, error.Args.ToArray()).ToString()],
                clock.GetUtcNow(), cancellationToken);
            await plans.SaveChangesAsync(cancellationToken);
            return error;
        }
    }
}
