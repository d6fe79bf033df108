using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Identity;

[ApiController]
[Route("api/app/roles")]
[Authorize(TalentReformPermissions.Roles.Default)]
public class RoleController(IRoleAppService roles) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<RoleDto>> GetListAsync(CancellationToken cancellationToken) => roles.GetListAsync(cancellationToken);
}
