using Riok.Mapperly.Abstractions;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>Benefit rules between the API's editable shape and the domain's immutable definitions.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class BenefitRuleMapper
{
    public static partial BenefitRuleDto ToDto(this BenefitRuleDefinition rule);

    public static partial BenefitRuleDefinition ToDefinition(this BenefitRuleDto rule);

    public static IReadOnlyList<BenefitRuleDefinition> ToDefinitions(this IEnumerable<BenefitRuleDto> rules) => rules.Select(ToDefinition).ToList();

    private static IReadOnlyDictionary<string, decimal>? MapTable(Dictionary<string, decimal>? table) => table;

    private static Dictionary<string, decimal>? MapTable(IReadOnlyDictionary<string, decimal>? table) => table?.ToDictionary();
}
