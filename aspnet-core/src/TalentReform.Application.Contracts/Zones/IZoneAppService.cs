using TalentReform.Dtos;

namespace TalentReform.Zones;

/// <summary>Host-level zone (tenant) management.</summary>
public interface IZoneAppService
{
    Task<ZoneDto> GetAsync(Guid id, CancellationToken cancellationToken = default);
    Task<PagedResultDto<ZoneDto>> GetListAsync(GetZonesInput input, CancellationToken cancellationToken = default);
    Task<ZoneDto> CreateAsync(CreateZoneDto input, CancellationToken cancellationToken = default);
    Task<ZoneDto> UpdateAsync(Guid id, UpdateZoneDto input, CancellationToken cancellationToken = default);
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
