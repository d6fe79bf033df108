namespace TalentReform.Talents;

public enum ConditionOperator
{
    Equal,
    NotEqual,
    LessThan,
    LessOrEqual,
    GreaterThan,
    GreaterOrEqual,

    /// <summary>The value is one of the listed values.</summary>
    In,

    /// <summary>Between the two listed values, both included.</summary>
    Between,

    /// <summary>The profile has a value for the field.</summary>
    Exists,
}

/// <summary>How the conditions of a group combine.</summary>
public enum ConditionKind
{
    All,
    Any,
    Not,
    Compare,
}
