using TalentReform.Planning.Approval;

namespace TalentReform.Recruitment;

/// <summary>The status an ending decision of the approval engine puts a recruitment document in (plans and pool loans alike).</summary>
internal static class ApprovalEnd
{
    /// <returns>The status for an approval, rejection or return; null while the approval goes on.</returns>
    public static TStatus? StatusFor<TStatus>(ApprovalOutcome outcome, TStatus approved, TStatus rejected, TStatus returned)
        where TStatus : struct, Enum =>
        outcome switch
        {
            ApprovalOutcome.Approved => approved,
            ApprovalOutcome.Rejected => rejected,
            ApprovalOutcome.Returned => returned,
            _ => null,
        };
}
