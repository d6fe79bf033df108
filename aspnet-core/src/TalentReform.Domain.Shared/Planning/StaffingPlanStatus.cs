namespace TalentReform.Planning;

/// <summary>
/// Draft → Submitted → Approved → Applied; Submitted → Rejected (final) or Returned (back to the drafter,
/// editable, and Draft again on the first edit); Draft, Returned, Submitted or Approved → Withdrawn.
/// </summary>
public enum StaffingPlanStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,
    Returned,
    Applied,
    Withdrawn,
}
