using TalentReform.Dtos;

namespace TalentReform.Zones;

/// <summary>Host-level zone (tenant) management.</summary>
public interface IZoneAppService : ICrudAppService<ZoneDto, GetZonesInput, CreateZoneDto, UpdateZoneDto>;
