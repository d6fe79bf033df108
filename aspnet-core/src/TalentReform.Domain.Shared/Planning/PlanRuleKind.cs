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

    /// <summary>
    /// A person with more than one active primary appointment: a data inconsistency (the database now refuses
    /// it), reported so that one bad row never makes the zone's planning unusable.
    /// </summary>
    DuplicatePrimaryAppointment,
}
