using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Planning;

[ApiController]
[Route("api/app/approvals")]
[Authorize(TalentReformPermissions.Approvals)]
public class ApprovalController(IApprovalAppService approvals) : ControllerBase
{
    /// <summary>My inbox: the pending steps I am to decide (of every kind of document, or the one asked for), with due time and remaining working days.</summary>
    [HttpGet]
    public Task<IReadOnlyList<ApprovalInboxItemDto>> GetInboxAsync([FromQuery] GetApprovalInboxInput input, CancellationToken cancellationToken) =>
        approvals.GetInboxAsync(input, cancellationToken);

    /// <summary>Approve, reject or return (comment required for the last two). A concurrent decision on the same step gets 409.</summary>
    [HttpPost("{stepId:guid}/decide")]
    public Task<StaffingPlanDto> DecideAsync(Guid stepId, DecideApprovalDto input, CancellationToken cancellationToken) =>
        approvals.DecideAsync(stepId, input, cancellationToken);
}
