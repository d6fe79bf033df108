namespace TalentReform.Talents;

/// <summary>
/// What each comparison operator of a benefit rule accepts: the field types it supports and how many values it takes.
/// The rule validator refuses what this forbids, and the application configuration serves it to the rule editor.
/// </summary>
public static class ConditionOperators
{
    public static bool Supports(ProfileFieldType type, ConditionOperator op) => op switch
    {
        ConditionOperator.Equal or ConditionOperator.NotEqual or ConditionOperator.Exists => true,
        ConditionOperator.In => type is not ProfileFieldType.Boolean,
        _ => type is ProfileFieldType.Number or ProfileFieldType.Degree or ProfileFieldType.Tier,
    };

    /// <summary>How many values the operator takes: none for Exists, two for Between, a list for In, else one.</summary>
    public static (int Min, int Max) ValueCount(ConditionOperator op) => op switch
    {
        ConditionOperator.Exists => (0, 0),
        ConditionOperator.Between => (2, 2),
        ConditionOperator.In => (1, BenefitRuleConsts.MaxValues),
        _ => (1, 1),
    };
}
