namespace TalentReform.Planning;

/// <summary>The rules a plan's result is checked against. The first five are hard: a plan that newly breaks one cannot be submitted.</summary>
public enum PlanRuleKind
{
    OverStaffingQuota,
    OverLeadershipQuota,
    OverZoneStaffingTotal,
    PersonWithoutPost,
    UnitWithoutFunction,

    /// <summary>人员组合 rule broken (reported; not blocking, as the mix is a target, not a cap).</summary>
    StaffingMix,
}
