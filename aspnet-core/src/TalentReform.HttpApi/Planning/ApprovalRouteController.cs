using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Planning;

[ApiController]
[Route("api/app/approval-routes")]
[Authorize(TalentReformPermissions.ApprovalRoutes.Default)]
public class ApprovalRouteController(IApprovalRouteAppService routes) : ControllerBase
{
    /// <summary>The zone's routes, of every kind of document or the one asked for.</summary>
    [HttpGet]
    public Task<IReadOnlyList<ApprovalRouteDto>> GetListAsync([FromQuery] GetApprovalRoutesInput input, CancellationToken cancellationToken) =>
        routes.GetListAsync(input, cancellationToken);

    /// <summary>The kinds of document a route can approve, as registered with the approval engine, named in the caller's language.</summary>
    [HttpGet("document-kinds")]
    public Task<IReadOnlyList<ApprovalDocumentKindDto>> GetDocumentKindsAsync(CancellationToken cancellationToken) => routes.GetDocumentKindsAsync(cancellationToken);

    /// <summary>The roles a step can be assigned to (HR officers cannot read the host's role list).</summary>
    [HttpGet("roles")]
    public Task<IReadOnlyList<string>> GetAssignableRolesAsync(CancellationToken cancellationToken) => routes.GetAssignableRolesAsync(cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<ApprovalRouteDto> GetAsync(Guid id, CancellationToken cancellationToken) => routes.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.ApprovalRoutes.Manage)]
    public Task<ApprovalRouteDto> CreateAsync(CreateApprovalRouteDto input, CancellationToken cancellationToken) => routes.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.ApprovalRoutes.Manage)]
    public Task<ApprovalRouteDto> UpdateAsync(Guid id, UpdateApprovalRouteDto input, CancellationToken cancellationToken) =>
        routes.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.ApprovalRoutes.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await routes.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
