using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Planning;

[ApiController]
[Route("api/app/approval-stats")]
[Authorize(TalentReformPermissions.ApprovalStats)]
public class ApprovalStatsController(IApprovalStatsAppService stats) : ControllerBase
{
    /// <summary>按时办结率 per zone, step, approver and month over [from, to], and the steps overdue now.</summary>
    [HttpGet]
    public Task<ApprovalStatsDto> GetAsync([FromQuery] GetApprovalStatsInput input, CancellationToken cancellationToken) => stats.GetAsync(input, cancellationToken);
}
