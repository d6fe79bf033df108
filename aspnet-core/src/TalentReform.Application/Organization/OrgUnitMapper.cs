using Riok.Mapperly.Abstractions;

namespace TalentReform.Organization;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class OrgUnitMapper
{
    public static partial OrgUnitDto ToDto(this OrgUnit unit);

    private static partial OrgUnitFunctionDto ToDto(OrgUnitFunction function);
}
