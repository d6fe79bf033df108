using System.Globalization;
using TalentReform.Localization;
using TalentReform.Staffing;

namespace TalentReform.Talents.Rules;

/// <summary>
/// The explanation of one condition node: whether it held, and for a comparison the value it saw, what it
/// expected and — when it failed — what would make it pass ("本地社保缴纳月数还差 4 个月", "年龄 41 超过 40").
/// </summary>
public sealed record ConditionOutcome(
    ConditionKind Kind, bool Passed, ProfileField? Field, ConditionOperator? Operator, IReadOnlyList<string> Expected, string? Actual,
    LocalizedText? Hint, IReadOnlyList<ConditionOutcome> Children)
{
    /// <summary>
    /// What to fix: nothing under a node that holds; a failed comparison (or Not) itself; the failures of a failed
    /// All; every alternative of a failed Any.
    /// </summary>
    public IEnumerable<ConditionOutcome> FailedLeaves() =>
        Passed ? [] : Kind is ConditionKind.Compare or ConditionKind.Not ? [this] : Children.SelectMany(c => c.FailedLeaves());

    /// <summary>Failed only because a number is short of a minimum (more months, more years): the talent may get there.</summary>
    public bool IsShortfall => Kind == ConditionKind.Compare && !Passed && Hint?.Key == "TalentHint:NeedMore";
}

public static class ConditionEvaluator
{
    public static ConditionOutcome Evaluate(RuleCondition condition, TalentFacts facts, DateOnly on)
    {
        switch (condition.Kind)
        {
            case ConditionKind.All:
            case ConditionKind.Any:
            case ConditionKind.Not:
                var children = (condition.Children ?? []).Select(c => Evaluate(c, facts, on)).ToList();
                var passed = condition.Kind switch
                {
                    ConditionKind.All => children.All(c => c.Passed),
                    ConditionKind.Any => children.Any(c => c.Passed),
                    _ => !children.Single().Passed,
                };
                var hint = !passed && condition.Kind == ConditionKind.Not ? new LocalizedText("TalentHint:MustNot") : null;
                return new ConditionOutcome(condition.Kind, passed, null, null, [], null, hint, children);
            default:
                return Compare(condition.Field!.Value, condition.Operator!.Value, condition.Values ?? [], facts, on);
        }
    }

    private static ConditionOutcome Compare(ProfileField field, ConditionOperator op, IReadOnlyList<string> texts, TalentFacts facts, DateOnly on)
    {
        var type = ProfileFields.TypeOf(field);
        var expected = texts.Select(t => RuleValidator.TryParse(type, t, out var v) ? v : null).ToList();
        var actual = facts.ValueOf(field, on);
        var label = LocalizedEnum.Of(field);
        ConditionOutcome Result(bool passed, LocalizedText? hint) =>
            new(ConditionKind.Compare, passed, field, op, expected.Select(Display).ToList(), actual is null ? null : Display(actual), passed ? null : hint, []);

        if (op == ConditionOperator.Exists)
        {
            return Result(actual is not null, new LocalizedText("TalentHint:Unknown", label));
        }

        if (actual is null)
        {
            return Result(false, new LocalizedText("TalentHint:Unknown", label));
        }

        var rank = Rank(actual);
        var first = Rank(expected[0]);
        switch (op)
        {
            case ConditionOperator.Equal:
                return Result(Equals(actual, expected[0]), new LocalizedText("TalentHint:NeedValue", label, Display(expected[0])));
            case ConditionOperator.NotEqual:
                return Result(!Equals(actual, expected[0]), new LocalizedText("TalentHint:MustNotBe", label, Display(expected[0])));
            case ConditionOperator.In:
                return Result(expected.Any(e => Equals(actual, e)), new LocalizedText("TalentHint:NeedOneOf", label, string.Join("、", expected.Select(Display))));
            case ConditionOperator.GreaterOrEqual:
                return Result(rank >= first, Short(label, actual, expected[0], first - rank));
            case ConditionOperator.GreaterThan:
                return Result(rank > first, new LocalizedText("TalentHint:NeedAbove", label, Display(expected[0])));
            case ConditionOperator.LessOrEqual:
                return Result(rank <= first, new LocalizedText("TalentHint:TooHigh", label, Display(actual), Display(expected[0])));
            case ConditionOperator.LessThan:
                return Result(rank < first, new LocalizedText("TalentHint:NeedBelow", label, Display(actual), Display(expected[0])));
            case ConditionOperator.Between:
                var high = Rank(expected[1]);
                return rank < first
                    ? Result(false, Short(label, actual, expected[0], first - rank))
                    : Result(rank <= high, new LocalizedText("TalentHint:TooHigh", label, Display(actual), Display(expected[1])));
            default:
                throw new ArgumentOutOfRangeException(nameof(op), op, null);
        }
    }

    /// <summary>A number short of its minimum says how much is missing; a degree or tier says which is needed.</summary>
    private static LocalizedText Short(LocalizedEnum label, object actual, object? minimum, decimal missing) =>
        actual is decimal
            ? new LocalizedText("TalentHint:NeedMore", label, missing.ToString("0.##", CultureInfo.InvariantCulture))
            : new LocalizedText("TalentHint:NeedAtLeast", label, Display(minimum));

    /// <summary>Numbers as they are; degrees in their order (博士 highest); tiers with A highest.</summary>
    internal static decimal Rank(object? value) => value switch
    {
        decimal d => d,
        EducationDegree degree => (int)degree,
        TalentTierLevel tier => Enum.GetValues<TalentTierLevel>().Length - (int)tier,
        bool b => b ? 1 : 0,
        _ => 0,
    };

    private static string Display(object? value) => value switch
    {
        null => "-",
        decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
        Enum e => LocalizedEnum.Of(e).ToString(),
        bool b => new LocalizedText(b ? "TalentHint:Yes" : "TalentHint:No").ToString(),
        _ => value.ToString() ?? "-",
    };
}
