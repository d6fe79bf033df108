using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Staffing;

/// <summary>The 实名制 seat board shows who sits on which post, so it needs the post permission (not the unit one).</summary>
[ApiController]
[Route("api/app/staffing-quotas/seat-board")]
[Authorize(TalentReformPermissions.Posts.Default)]
public class SeatBoardController(IStaffingQuotaAppService quotas) : ControllerBase
{
    [HttpGet]
    public Task<SeatBoardDto> GetAsync([FromQuery] GetSeatBoardInput input, CancellationToken cancellationToken) =>
        quotas.GetSeatBoardAsync(input, cancellationToken);
}
