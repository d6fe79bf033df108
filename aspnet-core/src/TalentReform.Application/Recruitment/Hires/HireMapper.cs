using Riok.Mapperly.Abstractions;

namespace TalentReform.Recruitment;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class HireMapper
{
    public static partial HireDto ToDto(this Hire hire);
}
