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

    /// <summary>To the zone's leaders: someone's roles changed (不相容岗位分离 oversight).</summary>
    UserRolesChanged,

    /// <summary>To the leaders of the zones concerned: permission grants of a role or a user changed.</summary>
    PermissionGrantsChanged,

    /// <summary>To the zone's leaders: an approval route was created or changed.</summary>
    ApprovalRouteChanged,

    /// <summary>To the zone's leaders: an approval route was deleted.</summary>
    ApprovalRouteDeleted,
}
