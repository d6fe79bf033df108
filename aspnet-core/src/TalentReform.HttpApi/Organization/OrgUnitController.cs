using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Organization;

[ApiController]
[Route("api/app/org-units")]
[Authorize(TalentReformPermissions.OrgUnits.Default)]
public class OrgUnitController(IOrgUnitAppService units) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<OrgUnitDto> GetAsync(Guid id, CancellationToken cancellationToken) => units.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<OrgUnitDto>> GetListAsync([FromQuery] GetOrgUnitsInput input, CancellationToken cancellationToken) =>
        units.GetListAsync(input, cancellationToken);

    [HttpGet("tree")]
    public Task<ListResultDto<OrgUnitTreeNodeDto>> GetTreeAsync([FromQuery] GetOrgUnitTreeInput input, CancellationToken cancellationToken) =>
        units.GetTreeAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.OrgUnits.Create)]
    public Task<OrgUnitDto> CreateAsync(CreateOrgUnitDto input, CancellationToken cancellationToken) => units.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<OrgUnitDto> UpdateAsync(Guid id, UpdateOrgUnitDto input, CancellationToken cancellationToken) =>
        units.UpdateAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/move")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<OrgUnitDto> MoveAsync(Guid id, MoveOrgUnitDto input, CancellationToken cancellationToken) =>
        units.MoveAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await units.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
