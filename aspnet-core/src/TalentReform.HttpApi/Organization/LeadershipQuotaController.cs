using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Organization;

/// <summary>领导职数 are part of a unit's definition, so they share the unit permissions.</summary>
[ApiController]
[Route("api/app/leadership-quotas")]
[Authorize(TalentReformPermissions.OrgUnits.Default)]
public class LeadershipQuotaController(ILeadershipQuotaAppService quotas) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<LeadershipQuotaDto> GetAsync(Guid id, CancellationToken cancellationToken) => quotas.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<LeadershipQuotaDto>> GetListAsync([FromQuery] GetLeadershipQuotasInput input, CancellationToken cancellationToken) =>
        quotas.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<LeadershipQuotaDto> CreateAsync(CreateLeadershipQuotaDto input, CancellationToken cancellationToken) =>
        quotas.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<LeadershipQuotaDto> UpdateAsync(Guid id, UpdateLeadershipQuotaDto input, CancellationToken cancellationToken) =>
        quotas.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await quotas.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
