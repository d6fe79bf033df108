using Riok.Mapperly.Abstractions;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>
/// The approval engine's steps and decisions as the API shows them. Approvers come in named (names are looked up in
/// the users' table); the document a step belongs to and the working days left come in as values the step does not hold.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ApprovalMapper
{
    public static partial ApprovalDecisionDto ToDto(this ApprovalDecision decision);

    /// <param name="isOverdue">Pending past its due time now.</param>
    /// <param name="remainingWorkingDays">Working days to the due date, for a pending step with one.</param>
    public static partial ApprovalStepDto ToDto(this ApprovalStep step, IReadOnlyList<UserRefDto> approvers, bool isOverdue, int? remainingWorkingDays);

    /// <summary>A pending step in an approver's inbox, with the document it decides on.</summary>
    [MapProperty(nameof(ApprovalStep.Id), nameof(ApprovalInboxItemDto.StepId))]
    [MapProperty(nameof(ApprovalStep.NameZh), nameof(ApprovalInboxItemDto.StepNameZh))]
    [MapProperty(nameof(ApprovalStep.NameEn), nameof(ApprovalInboxItemDto.StepNameEn))]
    [MapProperty(nameof(@ApprovalStep.Approvers.Count), nameof(ApprovalInboxItemDto.ApproverCount))]
    public static partial ApprovalInboxItemDto ToInboxItemDto(
        this ApprovalStep step, string documentKind, Guid documentId, string documentNumber, string documentTitle, string? link, DateOnly? effectiveDate,
        string creatorName, int stepCount, int approvedCount, int remainingWorkingDays, bool isOverdue);

    /// <summary>A step overdue now, with the document it holds up.</summary>
    [MapProperty(nameof(ApprovalStep.Id), nameof(OverdueStepDto.StepId))]
    [MapProperty(nameof(ApprovalStep.NameZh), nameof(OverdueStepDto.StepNameZh))]
    [MapProperty(nameof(ApprovalStep.NameEn), nameof(OverdueStepDto.StepNameEn))]
    public static partial OverdueStepDto ToOverdueDto(
        this ApprovalStep step, string documentKind, Guid documentId, string documentNumber, string documentTitle, string? link, int overdueWorkingDays,
        IReadOnlyList<UserRefDto> approvers);

    /// <summary>The users by name; a user no longer found shows by id.</summary>
    public static IReadOnlyList<UserRefDto> ToUserRefs(this IEnumerable<Guid> ids, IReadOnlyDictionary<Guid, string> names) =>
        ids.Select(id => ToUserRef(id, NameOf(names, id))).ToList();

    public static string NameOf(IReadOnlyDictionary<Guid, string> names, Guid id) => names.GetValueOrDefault(id) ?? id.ToString();

    [MapPropertyFromSource(nameof(UserRefDto.Id))]
    private static partial UserRefDto ToUserRef(Guid id, string name);
}
