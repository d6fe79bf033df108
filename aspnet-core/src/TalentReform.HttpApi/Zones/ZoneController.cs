using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Zones;

[ApiController]
[Route("api/host/zones")]
[Authorize(TalentReformPermissions.Zones.Default)]
public class ZoneController(IZoneAppService zones) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<ZoneDto> GetAsync(Guid id, CancellationToken cancellationToken) => zones.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<ZoneDto>> GetListAsync([FromQuery] GetZonesInput input, CancellationToken cancellationToken) =>
        zones.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.Zones.Create)]
    public Task<ZoneDto> CreateAsync(CreateZoneDto input, CancellationToken cancellationToken) => zones.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.Zones.Update)]
    public Task<ZoneDto> UpdateAsync(Guid id, UpdateZoneDto input, CancellationToken cancellationToken) =>
        zones.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.Zones.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await zones.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
