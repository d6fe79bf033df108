using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Planning;

/// <summary>
/// A pending step waiting for the caller, with its due time and the working days left (negative: overdue). The document
/// is named by its kind and the number and title its approval took at the last submission; <see cref="Link"/> is the
/// client path its kind declares (null for a kind no module registers).
/// </summary>
/// <param name="EffectiveDate">The date the document takes effect, for kinds that have one (staffing plans).</param>
/// <param name="CreatorName">The document's drafter.</param>
public record ApprovalInboxItemDto(
    Guid StepId, string DocumentKind, Guid DocumentId, string DocumentNumber, string DocumentTitle, string? Link, DateOnly? EffectiveDate,
    string CreatorName, int Sequence, int StepCount, string StepNameZh, string StepNameEn, bool CounterSign, int ApprovedCount, int ApproverCount,
    DateTimeOffset StartedAt, DateTimeOffset DueAt, int RemainingWorkingDays, bool IsOverdue);

public class GetApprovalInboxInput
{
    /// <summary>Only the steps of this kind of document (e.g. <c>StaffingPlan</c>); default: every kind.</summary>
    [StringLength(ApprovalRouteConsts.MaxDocumentKindLength)]
    public string? DocumentKind { get; set; }
}

/// <summary>A kind of document approved along routes, as registered with the engine.</summary>
/// <param name="Name">The kind's name in the caller's language (<c>ApprovalDocumentKind:{kind}</c>).</param>
/// <param name="LinkTemplate">The client path of one document, <c>{id}</c> standing for its id.</param>
public record ApprovalDocumentKindDto(string Kind, string Name, string LinkTemplate);

public class GetApprovalRoutesInput
{
    /// <summary>Only the routes of this kind of document; default: every kind.</summary>
    [StringLength(ApprovalRouteConsts.MaxDocumentKindLength)]
    public string? DocumentKind { get; set; }
}

public class DecideApprovalDto
{
    [Required]
    public ApprovalDecisionKind? Decision { get; set; }

    /// <summary>Required to reject or return.</summary>
    [StringLength(StaffingPlanConsts.MaxCommentLength)]
    public string? Comment { get; set; }
}

public record ApprovalRouteDto(Guid Id, string DocumentKind, string Name, bool IsDefault, IReadOnlyList<ApprovalRouteStepDto> Steps, string ConcurrencyStamp);

public record ApprovalRouteStepDto(
    int Sequence, string NameZh, string NameEn, ApprovalAssigneeKind AssigneeKind, string? RoleName, IReadOnlyList<UserRefDto> Users, bool CounterSign,
    int TimeLimitWorkingDays, string? EscalationRole);

public class ApprovalRouteStepInput
{
    [Required]
    [StringLength(ApprovalRouteConsts.MaxNameLength, MinimumLength = 1)]
    public string NameZh { get; set; } = "";

    [Required]
    [StringLength(ApprovalRouteConsts.MaxNameLength, MinimumLength = 1)]
    public string NameEn { get; set; } = "";

    [Required]
    public ApprovalAssigneeKind? AssigneeKind { get; set; }

    [StringLength(ApprovalRouteConsts.MaxRoleNameLength)]
    public string? RoleName { get; set; }

    [MaxLength(ApprovalRouteConsts.MaxStepUsers)]
    public List<Guid> UserIds { get; set; } = [];

    public bool CounterSign { get; set; }

    /// <summary>承诺时限 in working days (0: the same day).</summary>
    [Range(0, ApprovalRouteConsts.MaxTimeLimitWorkingDays)]
    public int TimeLimitWorkingDays { get; set; }

    [StringLength(ApprovalRouteConsts.MaxRoleNameLength)]
    public string? EscalationRole { get; set; }
}

/// <summary>What a route's editor sends, whether it creates or updates it.</summary>
public abstract class ApprovalRouteInput
{
    [Required]
    [StringLength(ApprovalRouteConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    /// <summary>The route new submissions of its kind follow; making one default clears the kind's others.</summary>
    public bool IsDefault { get; set; }

    [Required]
    [MinLength(1)]
    [MaxLength(ApprovalRouteConsts.MaxSteps)]
    public List<ApprovalRouteStepInput> Steps { get; set; } = [];
}

public class CreateApprovalRouteDto : ApprovalRouteInput
{
    /// <summary>The kind of document the route approves (one of <c>GET approval-routes/document-kinds</c>); it never changes afterwards.</summary>
    [Required]
    [StringLength(ApprovalRouteConsts.MaxDocumentKindLength, MinimumLength = 1)]
    public string DocumentKind { get; set; } = "";
}

public class UpdateApprovalRouteDto : ApprovalRouteInput
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

/// <summary>按时办结率 over a period: steps completed in it (on time or late) plus steps still open and already overdue.</summary>
public record ApprovalStatsDto(
    DateOnly From, DateOnly To, ApprovalStatsRowDto Total, IReadOnlyList<ApprovalStatsRowDto> BySteps, IReadOnlyList<ApprovalStatsRowDto> ByApprovers,
    IReadOnlyList<ApprovalStatsRowDto> ByMonths, IReadOnlyList<OverdueStepDto> OverdueSteps);

/// <param name="Key">The step name, the approver's user id or the month (yyyy-MM).</param>
/// <param name="OnTimeRate">OnTime / (Completed + OverdueOpen), 0..1; null when there is nothing to rate.</param>
public record ApprovalStatsRowDto(string Key, string NameZh, string NameEn, int Completed, int OnTime, int Late, int OverdueOpen, double? OnTimeRate);

/// <param name="Link">The client path the document's kind declares (null for a kind no module registers).</param>
public record OverdueStepDto(
    Guid StepId, string DocumentKind, Guid DocumentId, string DocumentNumber, string DocumentTitle, string? Link, string StepNameZh, string StepNameEn, DateTimeOffset DueAt, int OverdueWorkingDays,
    IReadOnlyList<UserRefDto> Approvers);

public class GetApprovalStatsInput
{
    /// <summary>First day (China date); default: 1 January of the year before this one.</summary>
    [BusinessDate]
    public DateOnly? From { get; set; }

    /// <summary>Last day (China date); default: today.</summary>
    [BusinessDate]
    public DateOnly? To { get; set; }

    /// <summary>Only the approvals of this kind of document (e.g. <c>StaffingPlan</c>); default: every kind.</summary>
    [StringLength(ApprovalRouteConsts.MaxDocumentKindLength)]
    public string? DocumentKind { get; set; }
}
