using TalentReform.Localization;

namespace TalentReform.Talents.Rules;

/// <summary>The decision on one benefit for one talent, with its explanation and, when granted, its payments.</summary>
/// <param name="ExcludedBy">The benefit of the same exclusivity group that was granted instead (就高不重复).</param>
/// <param name="IsAlmost">Not granted only because some numbers are short of a minimum (more months of social insurance, ...).</param>
public sealed record BenefitDecision(
    BenefitRuleDefinition Rule, bool Eligible, decimal? Amount, IReadOnlyList<ScheduledPayment> Payments, ConditionOutcome Outcome, string? ExcludedBy,
    bool IsAlmost, LocalizedText? Reason)
{
    public BenefitVerdict Verdict => new(Rule, Eligible, Amount, Payments);
}

/// <summary>The decision on one benefit without its explanation: what a matching run keeps.</summary>
public sealed record BenefitVerdict(BenefitRuleDefinition Rule, bool Eligible, decimal? Amount, IReadOnlyList<ScheduledPayment> Payments);

/// <summary>
/// Evaluates benefit rules for one talent: each rule's conditions with explanations, its amount, its payment
/// schedule, then the exclusivity groups — in each group only the highest amount is granted (就高不重复, the
/// first rule in order on a tie) and the others say which benefit they gave way to. Pure: nothing is stored.
/// </summary>
public static class BenefitEvaluator
{
    public static IReadOnlyList<BenefitDecision> Evaluate(IReadOnlyList<BenefitRuleDefinition> rules, TalentFacts facts, DateOnly on, DateOnly? paymentsFrom = null)
    {
        var decisions = rules.Select(rule =>
            {
                var outcome = ConditionEvaluator.Evaluate(rule.Condition, facts, on);
                var amount = outcome.Passed ? rule.Amount.For(facts) : null;
                if (outcome.Passed && amount is null)
                {
                    return new BenefitDecision(rule, false, null, [], outcome, null, false, new LocalizedText("TalentHint:NoAmount", LocalizedEnum.Of(rule.Amount.Kind)));
                }

                var failed = outcome.FailedLeaves().ToList();
                var isAlmost = !outcome.Passed && failed.Count > 0 && failed.All(l => l.IsShortfall);
                return new BenefitDecision(
                    rule, outcome.Passed, amount, outcome.Passed ? rule.Schedule.Installments(amount!.Value, paymentsFrom ?? on) : [], outcome, null, isAlmost, null);
            })
            .ToList();

        foreach (var group in decisions.Select((d, i) => (Decision: d, Index: i)).Where(x => x.Decision.Eligible && x.Decision.Rule.ExclusivityGroup is not null)
                     .GroupBy(x => x.Decision.Rule.ExclusivityGroup))
        {
            var winner = group.OrderByDescending(x => x.Decision.Amount).ThenBy(x => x.Index).First();
            foreach (var loser in group.Where(x => x.Index != winner.Index))
            {
                decisions[loser.Index] = loser.Decision with
                {
                    Eligible = false,
                    Payments = [],
                    ExcludedBy = winner.Decision.Rule.Code,
                    Reason = new LocalizedText("TalentHint:Exclusive", winner.Decision.Rule.NameZh),
                };
            }
        }

        return decisions;
    }

    /// <summary>
    /// The same decisions as <see cref="Evaluate"/> — conditions, amount, schedule, 就高不重复 — on compiled rules and
    /// without explanations: for matching runs over a whole zone.
    /// </summary>
    public static BenefitVerdict[] Decide(IReadOnlyList<CompiledRule> rules, TalentFacts facts, DateOnly on)
    {
        var verdicts = new BenefitVerdict[rules.Count];
        Dictionary<string, int>? winners = null;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i].Rule;
            var amount = rules[i].Holds(facts, on) ? rule.Amount.For(facts) : null;
            verdicts[i] = amount is null ? new BenefitVerdict(rule, false, null, []) : new BenefitVerdict(rule, true, amount, rule.Schedule.Installments(amount.Value, on));
            if (amount is not null && rule.ExclusivityGroup is { } group)
            {
                winners ??= [];
                if (!winners.TryGetValue(group, out var best) || verdicts[best].Amount < amount)
                {
                    winners[group] = i;
                }
            }
        }

        for (var i = 0; winners is not null && i < verdicts.Length; i++)
        {
            if (verdicts[i].Eligible && verdicts[i].Rule.ExclusivityGroup is { } group && winners[group] != i)
            {
                verdicts[i] = verdicts[i] with { Eligible = false, Payments = [] };
            }
        }

        return verdicts;
    }
}
