namespace TalentReform.Planning.Approval;

/// <summary>
/// The status an ending decision of the approval engine puts a document in: one mapping for every document kind
/// (staffing plans, recruitment plans, pool loans), so "approved / rejected / returned" means the same everywhere.
/// </summary>
public static class ApprovalEnd
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
