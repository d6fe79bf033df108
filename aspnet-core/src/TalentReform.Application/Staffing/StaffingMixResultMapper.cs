using Riok.Mapperly.Abstractions;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>Rule results as shown: the texts are localized by <see cref="StaffingMixAppService"/> and passed in.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class StaffingMixResultMapper
{
    [MapProperty(nameof(OrgUnit.Id), nameof(StaffingMixResultDto.OrgUnitId))]
    public static partial StaffingMixResultDto ToMixResultDto(
        this OrgUnit unit, string orgUnitName, IReadOnlyList<StaffingMixRuleResultDto> rules, int violationCount);

    [MapProperty(nameof(@StaffingMixRuleResult.Rule.Id), nameof(StaffingMixRuleResultDto.RuleId))]
    [MapProperty(nameof(@StaffingMixRuleResult.Rule.Kind), nameof(StaffingMixRuleResultDto.Kind))]
    public static partial StaffingMixRuleResultDto ToDto(this StaffingMixRuleResult result, string description, string expected, string actual);
}
