using System.Globalization;
using TalentReform.Data;
using TalentReform.Localization;
using TalentReform.Organization;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// Evaluates a zone's policies in force for one set of facts and turns the decisions into what the API shows:
/// amounts, payments, and each condition explained in the reader's language. Shared by the public calculator
/// and a talent's own "almost there" list.
/// </summary>
public class PolicyEvaluation(IRepository<TalentPolicy> policies, IDataFilter dataFilter, IAsyncQueryableExecuter executer)
{
    public async Task<(List<BenefitResultDto> Benefits, IReadOnlyList<BenefitDecision> Decisions)> EvaluateAsync(
        Guid zoneId, TalentFacts facts, DateOnly on, CancellationToken cancellationToken = default)
    {
        List<TalentPolicy> inForce;

        // The public calculator has no zone of its own; the zone is named explicitly.
        using (dataFilter.DisableZoneFilter())
        {
            inForce = (await executer.ToListAsync(
                    policies.GetDetachedQueryable().Where(p => p.ZoneId == zoneId && p.Status == TalentPolicyStatus.Published).OrderBy(p => p.Code),
                    cancellationToken))
                .Where(p => p.IsInForceOn(on))
                .ToList();
        }

        var rules = inForce.SelectMany(p => p.Rules.Select(r => (Policy: p, Rule: r))).ToList();
        var decisions = BenefitEvaluator.Evaluate(rules.Select(r => r.Rule).ToList(), facts, on);
        return (decisions.Select((d, i) => ToDto(rules[i].Policy, d)).ToList(), decisions);
    }

    /// <param name="policy">The policy of the rule; null for a rule being tested before it belongs to one.</param>
    public static BenefitResultDto ToDto(TalentPolicy? policy, BenefitDecision d) => d.ToDto(
        policy?.Code ?? "", policy is null ? "" : OrgUnitNames.Localized(policy.TitleZh, policy.TitleEn), policy?.Document ?? "",
        OrgUnitNames.Localized(d.Rule.NameZh, d.Rule.NameEn), d.Reason?.ToString(), Explain(d.Outcome));

    /// <summary>The condition tree, flattened in order with its depth, each node in the reader's language.</summary>
    public static IReadOnlyList<ConditionResultDto> Explain(ConditionOutcome outcome) => Flatten(outcome, 0).ToList();

    private static IEnumerable<ConditionResultDto> Flatten(ConditionOutcome node, int depth)
    {
        var text = node.Kind == ConditionKind.Compare
            ? TalentReformResource.Get(
                node.Actual is null ? "TalentCondition:CompareUnknown" : "TalentCondition:Compare", CultureInfo.CurrentUICulture,
                LocalizedEnum.Of(node.Field!.Value), LocalizedEnum.Of(node.Operator!.Value), string.Join("、", node.Expected), node.Actual)
            : TalentReformResource.Get("TalentCondition:" + node.Kind, CultureInfo.CurrentUICulture);
        yield return node.ToDto(depth, text, node.Hint?.ToString());
        foreach (var child in node.Children.SelectMany(c => Flatten(c, depth + 1)))
        {
            yield return child;
        }
    }
}
