namespace TalentReform.Planning;

public enum ApprovalStepStatus
{
    /// <summary>A later step; it starts when the one before is approved.</summary>
    Waiting,
    Pending,
    Approved,
    Rejected,
    Returned,

    /// <summary>The plan was withdrawn (or ended) before the step was decided.</summary>
    Cancelled,
}
