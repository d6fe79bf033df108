namespace TalentReform.Planning;

public enum BaseVersionKind
{
    OrgUnit,
    Post,
    Appointment,
    StaffingQuota,
    LeadershipQuota,
}

/// <summary>
/// The stored version (concurrency stamp) of one aggregate a plan's changes read or wrote, recorded when the
/// plan is submitted. The apply refuses when any of them has changed since: the leaders approved a result
/// computed from exactly these versions.
/// </summary>
public sealed record BaseVersion(BaseVersionKind Kind, Guid Id, string Stamp, string Label);
