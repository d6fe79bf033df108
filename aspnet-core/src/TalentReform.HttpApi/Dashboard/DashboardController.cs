using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Dashboard;

[ApiController]
[Route("api/app/dashboard")]
[Authorize(TalentReformPermissions.Dashboard)]
public class DashboardController(IDashboardAppService dashboard) : ControllerBase
{
    [HttpGet]
    public Task<DashboardDto> GetAsync(CancellationToken cancellationToken) => dashboard.GetAsync(cancellationToken);
}
