namespace TalentReform.Talents;

/// <summary>proposed → confirmed → paying → completed, or revoked while not yet paying.</summary>
public enum EntitlementStatus
{
    Proposed,
    Confirmed,
    Paying,
    Completed,
    Revoked,
}
