using Riok.Mapperly.Abstractions;

namespace TalentReform.Zones;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ZoneMapper
{
    public static partial ZoneDto ToDto(this Zone zone);
}
