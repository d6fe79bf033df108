using TalentReform.Data;

namespace TalentReform.Recruitment;

/// <summary>
/// The places other open plans of the zone hold (submitted, approved or filed, not closed) and the pending hires
/// (<see cref="PendingHires"/>: 体检, 考察, 公示), per unit×type, for the 空编 check of one plan. The positions of
/// campaigns not cancelled are read with their hired and pending candidates; each place is counted once.
/// </summary>
public class RecruitmentReservations(
    IRepository<RecruitmentPlan> plans,
    IRepository<RecruitmentCampaign> campaigns,
    IApplicationRepository applications,
    IAsyncQueryableExecuter executer) : IRecruitmentReservations
{
    public async Task<IReadOnlyList<ReservedPlaces>> GetReservedAsync(Guid zoneId, Guid exceptPlanId, CancellationToken cancellationToken = default)
    {
        var open = await executer.ToListAsync(
            plans.GetDetachedQueryable().Where(p => p.ZoneId == zoneId && p.Id != exceptPlanId
                && (p.Status == RecruitmentPlanStatus.Submitted || p.Status == RecruitmentPlanStatus.Approved || p.Status == RecruitmentPlanStatus.Filed)),
            cancellationToken);
        var live = await executer.ToListAsync(
            campaigns.GetDetachedQueryable().Where(c => c.ZoneId == zoneId && c.RecruitmentPlanId != exceptPlanId && c.Status != RecruitmentCampaignStatus.Cancelled),
            cancellationToken);
        var campaignIds = live.Select(c => c.Id).ToList();
        var stages = await executer.ToListAsync(
            applications.GetDetachedQueryable()
                .Where(a => campaignIds.Contains(a.CampaignId)
                    && (a.Status == ApplicationStatus.Hired || (a.Status == ApplicationStatus.Active
                        && (a.Stage == RecruitmentStage.Medical || a.Stage == RecruitmentStage.Assessment || a.Stage == RecruitmentStage.Publicity))))
                .Select(a => new { a.PositionId, a.Status, a.Stage }),
            cancellationToken);
        var positions = live.SelectMany(c => c.Positions.Where(p => !p.IsCancelled).Select(p => new PositionHiring(
            c.RecruitmentPlanId, p.PlanLineId, p.OrgUnitId, p.StaffingType, p.Places,
            Pending: stages.Count(s => s.PositionId == p.Id && PendingHires.Holds(s.Status, s.Stage)),
            Hired: stages.Count(s => s.PositionId == p.Id && s.Status == ApplicationStatus.Hired))));
        return PendingHires.Reserve(open, positions, exceptPlanId);
    }
}
