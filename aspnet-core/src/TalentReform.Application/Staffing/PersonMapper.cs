using Riok.Mapperly.Abstractions;

namespace TalentReform.Staffing;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PersonMapper
{
    /// <summary>The full record; <see cref="PersonAppService"/> masks the ID number for most callers.</summary>
    public static partial PersonDto ToDto(this Person person);
}
