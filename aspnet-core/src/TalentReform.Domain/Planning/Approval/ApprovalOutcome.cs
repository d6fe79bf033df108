namespace TalentReform.Planning.Approval;

/// <summary>What a decision did to the approval, for the engine to follow up (start the next step, notify).</summary>
public enum ApprovalOutcome
{
    /// <summary>A counter-signed step still waits for other approvers.</summary>
    StepStillOpen,
    NextStepStarted,
    Approved,
    Rejected,
    Returned,
}
