using TalentReform.Data;

namespace TalentReform.Recruitment;

/// <summary>The funnel per campaign of the zone (the zone filter keeps it to the caller's zone) and in total.</summary>
public class RecruitmentStatsAppService(
    IRepository<RecruitmentCampaign> campaigns,
    IApplicationRepository applications,
    IRepository<Hire> hires,
    IAsyncQueryableExecuter executer) : IRecruitmentStatsAppService
{
    public async Task<RecruitmentStatsDto> GetAsync(GetRecruitmentStatsInput input, CancellationToken cancellationToken = default)
    {
        var campaignQuery = campaigns.GetDetachedQueryable();
        if (input.CampaignId is { } campaignId)
        {
            await campaigns.GetAsync(campaignId, cancellationToken);
            campaignQuery = campaignQuery.Where(c => c.Id == campaignId);
        }

        var list = await executer.ToListAsync(campaignQuery.OrderByDescending(c => c.Year).ThenBy(c => c.Code), cancellationToken);
        var ids = list.Select(c => c.Id).ToList();
        var funnelApplications = await executer.ToListAsync(
            applications.GetDetachedQueryable().Where(a => ids.Contains(a.CampaignId)).Select(a => new FunnelApplication(a.CampaignId, a.Stage, a.Status)),
            cancellationToken);
        var hireList = await executer.ToListAsync(hires.GetDetachedQueryable().Where(h => ids.Contains(h.CampaignId)), cancellationToken);

        var perCampaign = list.Select(c => RecruitmentFunnelMapper.Compute(
            c, c.Positions.ToList(), funnelApplications.Where(a => a.CampaignId == c.Id).ToList(), hireList.Where(h => h.CampaignId == c.Id).ToList())).ToList();
        var total = RecruitmentFunnelMapper.Compute(null, list.SelectMany(c => c.Positions).ToList(), funnelApplications, hireList);
        return RecruitmentFunnelMapper.ToStatsDto(total, perCampaign);
    }
}
