using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Planning;

/// <summary>A pending step waiting for the caller, with its due time and the working days left (negative: overdue).</summary>
public record ApprovalInboxItemDto(
    Guid StepId, Guid PlanId, string PlanNumber, string PlanTitle, DateOnly PlanEffectiveDate, string CreatorName, int Sequence, int StepCount,
    string StepNameZh, string StepNameEn, bool CounterSign, int ApprovedCount, int ApproverCount, DateTimeOffset StartedAt, DateTimeOffset DueAt,
    int RemainingWorkingDays, bool IsOverdue);

public class DecideApprovalDto
{
    [Required]
    public ApprovalDecisionKind? Decision { get; set; }

    /// <summary>Required to reject or return.</summary>
    [StringLength(StaffingPlanConsts.MaxCommentLength)]
    public string? Comment { get; set; }
}

public record ApprovalRouteDto(Guid Id, string Name, bool IsDefault, IReadOnlyList<ApprovalRouteStepDto> Steps, string ConcurrencyStamp);

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

public class CreateApprovalRouteDto
{
    [Required]
    [StringLength(ApprovalRouteConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    /// <summary>The route new submissions follow; making one default clears the others.</summary>
    public bool IsDefault { get; set; }

    [Required]
    [MinLength(1)]
    [MaxLength(ApprovalRouteConsts.MaxSteps)]
    public List<ApprovalRouteStepInput> Steps { get; set; } = [];
}

public class UpdateApprovalRouteDto : CreateApprovalRouteDto
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

public record OverdueStepDto(
    Guid StepId, Guid PlanId, string PlanNumber, string PlanTitle, string StepNameZh, string StepNameEn, DateTimeOffset DueAt, int OverdueWorkingDays,
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
