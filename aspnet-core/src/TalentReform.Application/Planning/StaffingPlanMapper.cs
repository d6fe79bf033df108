using Riok.Mapperly.Abstractions;

namespace TalentReform.Planning;

/// <summary>
/// A plan as the API shows it. Its changes and steps come in already mapped (their descriptions need the names of the
/// units, posts and persons they touch, their approvers the users' names and the working-day calendar), as does the
/// last apply failure in the reader's language; the decisions map as they are.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(ApprovalMapper))]
public static partial class StaffingPlanMapper
{
    public static partial StaffingPlanDto ToDto(
        this StaffingPlan plan, string? applyFailure, IReadOnlyList<PlanChangeDto> changes, IReadOnlyList<ApprovalStepDto> steps);

    /// <param name="description">The change in words, with the names it is read with.</param>
    /// <param name="details">The change's fields as the change form edits them.</param>
    public static partial PlanChangeDto ToDto(this PlanChange change, string description, PlanChangeInput details);

    [MapProperty(nameof(@StaffingPlanListRow.CurrentStep.NameZh), nameof(StaffingPlanListItemDto.CurrentStepNameZh))]
    [MapProperty(nameof(@StaffingPlanListRow.CurrentStep.NameEn), nameof(StaffingPlanListItemDto.CurrentStepNameEn))]
    [MapProperty(nameof(@StaffingPlanListRow.CurrentStep.DueAt), nameof(StaffingPlanListItemDto.CurrentStepDueAt))]
    internal static partial StaffingPlanListItemDto ToDto(this StaffingPlanListRow row);
}

/// <summary>A plan as the list reads it in one query: its columns, how many changes it has and the pending step of its current round.</summary>
internal sealed class StaffingPlanListRow
{
    public Guid Id { get; init; }
    public string Number { get; init; } = null!;
    public string Title { get; init; } = null!;
    public StaffingPlanStatus Status { get; init; }
    public DateOnly EffectiveDate { get; init; }
    public string CreatorName { get; init; } = null!;
    public DateTimeOffset CreationTime { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateTimeOffset? AppliedAt { get; init; }
    public int ChangeCount { get; init; }
    public StaffingPlanListStep? CurrentStep { get; init; }
}

internal sealed class StaffingPlanListStep
{
    public string NameZh { get; init; } = null!;
    public string NameEn { get; init; } = null!;
    public DateTimeOffset? DueAt { get; init; }
}
