using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Staffing;

/// <summary>编制 quotas per unit and the zone totals; part of the units' definition, so the unit permissions apply.</summary>
[ApiController]
[Route("api/app/staffing-quotas")]
[Authorize(TalentReformPermissions.OrgUnits.Default)]
public class StaffingQuotaController(IStaffingQuotaAppService quotas) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<StaffingQuotaDto> GetAsync(Guid id, CancellationToken cancellationToken) => quotas.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<StaffingQuotaDto>> GetListAsync([FromQuery] GetStaffingQuotasInput input, CancellationToken cancellationToken) =>
        quotas.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<StaffingQuotaDto> CreateAsync(CreateStaffingQuotaDto input, CancellationToken cancellationToken) =>
        quotas.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<StaffingQuotaDto> UpdateAsync(Guid id, UpdateStaffingQuotaDto input, CancellationToken cancellationToken) =>
        quotas.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await quotas.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpGet("zone-totals")]
    public Task<ListResultDto<ZoneStaffingTotalDto>> GetZoneTotalsAsync(CancellationToken cancellationToken) =>
        quotas.GetZoneTotalsAsync(cancellationToken);

    [HttpPut("zone-totals/{staffingType}")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<ZoneStaffingTotalDto> SetZoneTotalAsync(StaffingType staffingType, SetZoneStaffingTotalDto input, CancellationToken cancellationToken) =>
        quotas.SetZoneTotalAsync(staffingType, input, cancellationToken);
}
