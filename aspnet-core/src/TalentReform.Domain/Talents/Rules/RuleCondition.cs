namespace TalentReform.Talents.Rules;

/// <summary>
/// A node of a benefit rule's condition tree, stored as data: a group (<see cref="ConditionKind.All"/>,
/// <see cref="ConditionKind.Any"/>, <see cref="ConditionKind.Not"/> with <see cref="Children"/>) or a comparison
/// of one profile <see cref="Field"/> with <see cref="Values"/> (invariant text: "35", "Master", "B", "true").
/// </summary>
public sealed record RuleCondition(
    ConditionKind Kind, IReadOnlyList<RuleCondition>? Children = null, ProfileField? Field = null, ConditionOperator? Operator = null,
    IReadOnlyList<string>? Values = null)
{
    public static RuleCondition All(params RuleCondition[] children) => new(ConditionKind.All, children);

    public static RuleCondition Any(params RuleCondition[] children) => new(ConditionKind.Any, children);

    public static RuleCondition Not(RuleCondition child) => new(ConditionKind.Not, [child]);

    public static RuleCondition Compare(ProfileField field, ConditionOperator op, params string[] values) => new(ConditionKind.Compare, null, field, op, values);
}
