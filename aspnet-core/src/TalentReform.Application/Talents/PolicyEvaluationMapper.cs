using Riok.Mapperly.Abstractions;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>Evaluation results as <see cref="PolicyEvaluation"/> shows them; policy names and condition texts are localized there.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(EntitlementMapper))]
public static partial class PolicyEvaluationMapper
{
    [MapProperty(nameof(@BenefitDecision.Rule.Article), nameof(BenefitResultDto.Article))]
    [MapProperty(nameof(@BenefitDecision.Rule.Code), nameof(BenefitResultDto.Code))]
    [MapProperty(nameof(@BenefitDecision.Rule.Amount.Kind), nameof(BenefitResultDto.AmountKind))]
    public static partial BenefitResultDto ToDto(
        this BenefitDecision decision, string policyCode, string policyTitle, string policyDocument, string name, string? reason,
        IReadOnlyList<ConditionResultDto> conditions);

    /// <param name="depth">The node's depth in the flattened tree (the root is 0).</param>
    public static partial ConditionResultDto ToDto(this ConditionOutcome node, int depth, string text, string? hint);
}
