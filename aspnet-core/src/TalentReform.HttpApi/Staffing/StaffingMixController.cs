using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Staffing;

/// <summary>人员组合 results, evaluated live from each unit's rules.</summary>
[ApiController]
[Route("api/app/staffing-mix")]
[Authorize(TalentReformPermissions.OrgUnits.Default)]
public class StaffingMixController(IStaffingMixAppService mix) : ControllerBase
{
    [HttpGet("{orgUnitId:guid}")]
    public Task<StaffingMixResultDto> GetAsync(Guid orgUnitId, CancellationToken cancellationToken) => mix.GetAsync(orgUnitId, cancellationToken);

    [HttpGet]
    public Task<ListResultDto<StaffingMixResultDto>> GetListAsync(CancellationToken cancellationToken) => mix.GetListAsync(cancellationToken);
}
