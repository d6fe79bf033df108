namespace TalentReform.Talents;

/// <summary>
/// proposed → confirmed → paying → completed; revoked while nothing is paid; clawed back when the talent leaves
/// within the commitment period (服务期) after payments began.
/// </summary>
public enum EntitlementStatus
{
    Proposed,
    Confirmed,
    Paying,
    Completed,
    Revoked,
    ClawedBack,
}

/// <summary>One payment of an entitlement: scheduled → paid, or suspended by a failed re-check (and resumed), or cancelled.</summary>
public enum InstallmentStatus
{
    Scheduled,
    Paid,
    Suspended,
    Cancelled,
}
