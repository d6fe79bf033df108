using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Staffing;

/// <summary>Flatness metrics describe the organisation, so reading units is enough to see them.</summary>
[ApiController]
[Route("api/app/org-metrics")]
[Authorize(TalentReformPermissions.OrgUnits.Default)]
public class OrgMetricsController(IOrgMetricsAppService metrics) : ControllerBase
{
    [HttpGet]
    public Task<OrgMetricsDto> GetAsync([FromQuery] GetOrgMetricsInput input, CancellationToken cancellationToken) =>
        metrics.GetAsync(input, cancellationToken);
}
