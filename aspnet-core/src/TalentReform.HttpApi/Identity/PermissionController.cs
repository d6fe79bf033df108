using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Identity;

/// <summary>Grants per role (providerName=R, providerKey=role) and per user (U, user id).</summary>
[ApiController]
[Route("api/app/permissions")]
[Authorize(TalentReformPermissions.Roles.ManagePermissions)]
public class PermissionController(IPermissionAppService permissions) : ControllerBase
{
    [HttpGet]
    public Task<GetPermissionListResultDto> GetAsync([FromQuery] PermissionProviderInput provider, CancellationToken cancellationToken) =>
        permissions.GetAsync(provider, cancellationToken);

    [HttpPut]
    public async Task<NoContentResult> UpdateAsync([FromQuery] PermissionProviderInput provider, UpdatePermissionsDto input, CancellationToken cancellationToken)
    {
        await permissions.UpdateAsync(provider, input, cancellationToken);
        return NoContent();
    }
}
