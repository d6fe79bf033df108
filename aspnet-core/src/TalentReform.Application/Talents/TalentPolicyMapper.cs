using Riok.Mapperly.Abstractions;

namespace TalentReform.Talents;

/// <summary>A policy version as listed: the localized title, whether it is in force today and its entitlement count come from the caller.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(BenefitRuleMapper))]
public static partial class TalentPolicyMapper
{
    public static partial TalentPolicyDto ToDto(this TalentPolicy policy, string title, bool isInForce, int entitlementCount);
}
