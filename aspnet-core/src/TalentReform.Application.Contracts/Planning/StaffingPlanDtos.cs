using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;
using TalentReform.Validation;

namespace TalentReform.Planning;

public record StaffingPlanListItemDto(
    Guid Id, string Number, string Title, StaffingPlanStatus Status, DateOnly EffectiveDate, string CreatorName, DateTimeOffset CreationTime,
    DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, DateTimeOffset? AppliedAt, int ChangeCount, string? CurrentStepNameZh,
    string? CurrentStepNameEn, DateTimeOffset? CurrentStepDueAt);

/// <summary>A plan with its changes and its approval timeline (steps of every round, and each decision).</summary>
public record StaffingPlanDto(
    Guid Id, string Number, string Title, string Rationale, DateOnly EffectiveDate, StaffingPlanStatus Status, Guid CreatorId, string CreatorName,
    DateTimeOffset CreationTime, DateTimeOffset LastModificationTime, int Round, string? RouteName, DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt, DateTimeOffset? AppliedAt, DateTimeOffset? WithdrawnAt, string? ApplyFailure, bool IsEditable,
    IReadOnlyList<PlanChangeDto> Changes, IReadOnlyList<ApprovalStepDto> Steps, IReadOnlyList<ApprovalDecisionDto> Decisions, string ConcurrencyStamp);

/// <summary>A change in its place, with a one-line description in the reader's language and its fields for editing.</summary>
public record PlanChangeDto(Guid Id, int Sequence, PlanChangeType Type, string Description, PlanChangeInput Details);

public record ApprovalStepDto(
    Guid Id, int Round, int Sequence, string NameZh, string NameEn, ApprovalAssigneeKind AssigneeKind, string? AssigneeRole, bool CounterSign,
    int TimeLimitWorkingDays, string? EscalationRole, ApprovalStepStatus Status, IReadOnlyList<UserRefDto> Approvers, DateTimeOffset? StartedAt,
    DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, bool? IsOnTime, bool IsOverdue, int? RemainingWorkingDays);

public record ApprovalDecisionDto(
    Guid Id, Guid StepId, Guid UserId, string UserName, ApprovalDecisionKind Kind, string? Comment, DateTimeOffset DecidedAt, bool OnTime);

public record UserRefDto(Guid Id, string Name);

public class GetStaffingPlansInput : PagedAndSortedRequestDto
{
    /// <summary>Matches the number or the title.</summary>
    [StringLength(StaffingPlanConsts.MaxTitleLength)]
    public string? Filter { get; set; }

    public StaffingPlanStatus? Status { get; set; }
}

public class CreateStaffingPlanDto
{
    [Required]
    [StringLength(StaffingPlanConsts.MaxTitleLength, MinimumLength = 1)]
    public string Title { get; set; } = "";

    /// <summary>The 请示 text: why the change, what it achieves.</summary>
    [StringLength(StaffingPlanConsts.MaxRationaleLength)]
    public string Rationale { get; set; } = "";

    [Required]
    [BusinessDate]
    public DateOnly? EffectiveDate { get; set; }
}

public class UpdateStaffingPlanDto : CreateStaffingPlanDto
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public class MovePlanChangeDto
{
    [Range(1, StaffingPlanConsts.MaxChanges)]
    public int Sequence { get; set; }
}

/// <summary>A 三定 clause of a change: an existing clause keeps its id; a new one has none.</summary>
public class FunctionClauseInput
{
    public Guid? Id { get; set; }

    [Required]
    [StringLength(Organization.OrgUnitConsts.MaxFunctionTextLength, MinimumLength = 1)]
    public string Text { get; set; } = "";
}
