using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Recruitment;

/// <summary>The recruitment funnel of the zone, per campaign.</summary>
[ApiController]
[Route("api/app/recruitment-stats")]
[Authorize(TalentReformPermissions.RecruitmentCampaigns.Stats)]
public class RecruitmentStatsController(IRecruitmentStatsAppService stats) : ControllerBase
{
    [HttpGet]
    public Task<RecruitmentStatsDto> GetAsync([FromQuery] GetRecruitmentStatsInput input, CancellationToken cancellationToken) =>
        stats.GetAsync(input, cancellationToken);
}
