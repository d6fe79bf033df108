using Riok.Mapperly.Abstractions;

namespace TalentReform.Talents;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class TalentProfileMapper
{
    public static partial TalentProfileDto ToDto(this TalentProfile profile);
}
