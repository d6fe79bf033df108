namespace TalentReform.Planning.Approval;

/// <summary>Where a document's approval stands; the document keeps its own lifecycle beside it.</summary>
public enum ApprovalProcessStatus
{
    /// <summary>Created, never submitted (or withdrawn before its first submission completed).</summary>
    NotStarted,
    Running,
    Approved,
    Rejected,
    Returned,
    Cancelled,
}
