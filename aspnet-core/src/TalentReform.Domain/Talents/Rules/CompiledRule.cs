namespace TalentReform.Talents.Rules;

/// <summary>
/// A benefit rule's condition compiled once into a plain predicate: values parsed and ranked up front, no
/// explanation built. The same semantics as <see cref="ConditionEvaluator"/> (a test holds them equal); what a
/// matching run over a whole zone uses, since it needs the decisions, not their wording — explanations are
/// rebuilt from the stored facts when somebody reads them.
/// </summary>
public sealed class CompiledRule
{
    private readonly Func<TalentFacts, DateOnly, bool> _holds;

    private CompiledRule(BenefitRuleDefinition rule, Func<TalentFacts, DateOnly, bool> holds)
    {
        Rule = rule;
        _holds = holds;
    }

    public BenefitRuleDefinition Rule { get; }

    public static CompiledRule Compile(BenefitRuleDefinition rule) => new(rule, Compile(rule.Condition));

    public bool Holds(TalentFacts facts, DateOnly on) => _holds(facts, on);

    private static Func<TalentFacts, DateOnly, bool> Compile(RuleCondition condition)
    {
        var children = (condition.Children ?? []).Select(Compile).ToArray();
        return condition.Kind switch
        {
            ConditionKind.All => (facts, on) => Array.TrueForAll(children, c => c(facts, on)),
            ConditionKind.Any => (facts, on) => Array.Exists(children, c => c(facts, on)),
            ConditionKind.Not => (facts, on) => !children.Single()(facts, on),
            _ => CompileCompare(condition.Field!.Value, condition.Operator!.Value, condition.Values ?? []),
        };
    }

    private static Func<TalentFacts, DateOnly, bool> CompileCompare(ProfileField field, ConditionOperator op, IReadOnlyList<string> texts)
    {
        var type = ProfileFields.TypeOf(field);
        var expected = texts.Select(t => RuleValidator.TryParse(type, t, out var v) ? v : null).ToArray();
        var ranks = expected.Select(ConditionEvaluator.Rank).ToArray();
        var first = ranks.Length > 0 ? ranks[0] : 0;
        var high = ranks.Length > 1 ? ranks[1] : 0;
        if (op == ConditionOperator.Exists)
        {
            return (facts, on) => facts.ValueOf(field, on) is not null;
        }

        Func<object, bool> test = op switch
        {
            ConditionOperator.Equal => actual => Equals(actual, expected[0]),
            ConditionOperator.NotEqual => actual => !Equals(actual, expected[0]),
            ConditionOperator.In => actual => Array.Exists(expected, e => Equals(actual, e)),
            ConditionOperator.GreaterOrEqual => actual => ConditionEvaluator.Rank(actual) >= first,
            ConditionOperator.GreaterThan => actual => ConditionEvaluator.Rank(actual) > first,
            ConditionOperator.LessOrEqual => actual => ConditionEvaluator.Rank(actual) <= first,
            ConditionOperator.LessThan => actual => ConditionEvaluator.Rank(actual) < first,
            ConditionOperator.Between => actual => ConditionEvaluator.Rank(actual) is var rank && rank >= first && rank <= high,
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
        };
        return (facts, on) => facts.ValueOf(field, on) is { } actual && test(actual);
    }
}
