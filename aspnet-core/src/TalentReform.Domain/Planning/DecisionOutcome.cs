namespace TalentReform.Planning;

/// <summary>What a decision did to the plan, for the manager to follow up (start the next step, notify).</summary>
public enum DecisionOutcome
{
    /// <summary>A counter-signed step still waits for other approvers.</summary>
    StepStillOpen,
    NextStepStarted,
    PlanApproved,
    PlanRejected,
    PlanReturned,
}
