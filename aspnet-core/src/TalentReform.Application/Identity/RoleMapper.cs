using Riok.Mapperly.Abstractions;

namespace TalentReform.Identity;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class RoleMapper
{
    public static partial RoleDto ToDto(this AppRole role);
}
