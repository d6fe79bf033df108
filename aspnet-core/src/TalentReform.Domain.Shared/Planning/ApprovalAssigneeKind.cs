namespace TalentReform.Planning;

public enum ApprovalAssigneeKind
{
    /// <summary>Any user of the zone with the role decides (all of them when the step is counter-signed).</summary>
    Role,

    /// <summary>One of the named users decides (all of them when the step is counter-signed).</summary>
    Users,
}
