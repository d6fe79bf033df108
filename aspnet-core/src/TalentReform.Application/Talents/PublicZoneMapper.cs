using Riok.Mapperly.Abstractions;
using TalentReform.Zones;

namespace TalentReform.Talents;

/// <summary>A zone as the anonymous policy calculator lists it: no id, only what a visitor picks it by.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PublicZoneMapper
{
    public static partial PublicZoneDto ToPublicZoneDto(this Zone zone);
}
