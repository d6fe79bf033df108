namespace TalentReform.Recruitment;

/// <summary>The seat a hire occupies: a regular 编制 slot of the unit, or a 编制周转池 slot lent for this hire.</summary>
public enum HireSeatKind
{
    /// <summary>本单位空编.</summary>
    Regular,

    /// <summary>周转池编制.</summary>
    Pool,
}
