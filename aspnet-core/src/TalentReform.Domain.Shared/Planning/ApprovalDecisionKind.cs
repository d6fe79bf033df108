namespace TalentReform.Planning;

public enum ApprovalDecisionKind
{
    Approve,

    /// <summary>Ends the plan (final); a comment is required.</summary>
    Reject,

    /// <summary>Sends the plan back to the drafter for revision (退回修改); a comment is required.</summary>
    Return,
}
