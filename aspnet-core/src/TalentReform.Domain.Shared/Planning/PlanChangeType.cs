namespace TalentReform.Planning;

/// <summary>The typed changes of a staffing plan, applied in order on a copy of the zone's structure.</summary>
public enum PlanChangeType
{
    CreateUnit,
    RenameUnit,
    MoveUnit,

    /// <summary>The source units' posts, people, sub-units, duties and 编制 go to the surviving unit; the sources are abolished.</summary>
    MergeUnits,
    AbolishUnit,
    SetFunctions,
    SetLeadershipQuota,
    SetStaffingQuota,
    CreatePost,

    /// <summary>A filled post's appointment ends with it; its holder must be placed elsewhere in the same plan.</summary>
    AbolishPost,
    MovePost,
    RegradePost,
    ReassignPerson,
    EndAppointment,
}
