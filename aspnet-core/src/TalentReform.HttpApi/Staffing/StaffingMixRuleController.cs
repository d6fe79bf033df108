using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Staffing;

/// <summary>人员组合 rules are part of a unit's definition, so the unit permissions apply (like 编制 quotas).</summary>
[ApiController]
[Route("api/app/staffing-mix-rules")]
[Authorize(TalentReformPermissions.OrgUnits.Default)]
public class StaffingMixRuleController(IStaffingMixRuleAppService rules) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<StaffingMixRuleDto> GetAsync(Guid id, CancellationToken cancellationToken) => rules.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<StaffingMixRuleDto>> GetListAsync([FromQuery] GetStaffingMixRulesInput input, CancellationToken cancellationToken) =>
        rules.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<StaffingMixRuleDto> CreateAsync(CreateStaffingMixRuleDto input, CancellationToken cancellationToken) =>
        rules.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<StaffingMixRuleDto> UpdateAsync(Guid id, UpdateStaffingMixRuleDto input, CancellationToken cancellationToken) =>
        rules.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await rules.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
