namespace TalentReform.Staffing;

/// <summary>The kinds of 人员组合 rule a unit can carry; each is evaluated live against the unit's posts.</summary>
public enum StaffingMixRuleKind
{
    /// <summary>A category's share of all posts is at least the minimum (e.g. professional ≥ 70 % in a 事业单位).</summary>
    MinCategoryShare,

    /// <summary>Senior : middle : junior professional posts follow a ratio (e.g. 1 : 3 : 6), within 10 percentage points per band.</summary>
    LevelBandRatio,

    /// <summary>Skilled posts of levels 1–2 are at most a share of all skilled posts (e.g. ≤ 25 %).</summary>
    MaxSkilledLowLevelShare,
}
