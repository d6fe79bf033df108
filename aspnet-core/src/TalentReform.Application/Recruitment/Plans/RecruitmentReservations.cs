using TalentReform.Data;

namespace TalentReform.Recruitment;

/// <summary>
/// The places other open plans of the zone hold (submitted, approved or filed, not closed), per unit×type, for the
/// 空编 check of one plan.
/// </summary>
/// <remarks>
/// Pending hires join here once hires are stored (api-hires): their places go into <see cref="ReservedPlaces.ByPendingHires"/>,
/// and the hired or pending places of each plan line come off that plan's reservation through the <c>usedPlaces</c>
/// argument of <see cref="OpenPlanReservations.Of"/>, so a place is never counted twice. Until then no hire is pending.
/// </remarks>
public class RecruitmentReservations(IRepository<RecruitmentPlan> plans, IAsyncQueryableExecuter executer) : IRecruitmentReservations
{
    public async Task<IReadOnlyList<ReservedPlaces>> GetReservedAsync(Guid zoneId, Guid exceptPlanId, CancellationToken cancellationToken = default)
    {
        var open = await executer.ToListAsync(
            plans.GetDetachedQueryable().Where(p => p.ZoneId == zoneId && p.Id != exceptPlanId
                && (p.Status == RecruitmentPlanStatus.Submitted || p.Status == RecruitmentPlanStatus.Approved || p.Status == RecruitmentPlanStatus.Filed)),
            cancellationToken);
        return OpenPlanReservations.Of(open, exceptPlanId);
    }
}
