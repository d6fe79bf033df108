using Riok.Mapperly.Abstractions;

namespace TalentReform.Staffing;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class StaffingMixRuleMapper
{
    public static partial StaffingMixRuleDto ToDto(this StaffingMixRule rule);
}
