namespace TalentReform.Notifications;

/// <summary>In-app notices; the text is localized when read, from the kind and the stored plan and step names.</summary>
public enum NotificationKind
{
    StepAssigned,
    StepOverdue,
    StepEscalated,
    PlanApproved,
    PlanRejected,
    PlanReturned,
    PlanApplied,
    PlanApplyFailed,
}
