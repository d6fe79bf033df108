using TalentReform.Dtos;

namespace TalentReform.Planning;

public interface IStaffingPlanAppService
{
    Task<StaffingPlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PagedResultDto<StaffingPlanListItemDto>> GetListAsync(GetStaffingPlansInput input, CancellationToken cancellationToken = default);

    Task<StaffingPlanDto> CreateAsync(CreateStaffingPlanDto input, CancellationToken cancellationToken = default);

    Task<StaffingPlanDto> UpdateAsync(Guid id, UpdateStaffingPlanDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PlanChangeDto>> GetChangesAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PlanChangeDto> AddChangeAsync(Guid id, PlanChangeInput input, CancellationToken cancellationToken = default);

    Task<PlanChangeDto> UpdateChangeAsync(Guid id, Guid changeId, PlanChangeInput input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PlanChangeDto>> MoveChangeAsync(Guid id, Guid changeId, MovePlanChangeDto input, CancellationToken cancellationToken = default);

    Task DeleteChangeAsync(Guid id, Guid changeId, CancellationToken cancellationToken = default);

    Task<PlanImpactDto> GetImpactAsync(Guid id, CancellationToken cancellationToken = default);

    Task<StaffingPlanDto> SubmitAsync(Guid id, CancellationToken cancellationToken = default);

    Task<StaffingPlanDto> WithdrawAsync(Guid id, CancellationToken cancellationToken = default);

    Task<StaffingPlanDto> ApplyAsync(Guid id, CancellationToken cancellationToken = default);
}

public interface IApprovalAppService
{
    Task<IReadOnlyList<ApprovalInboxItemDto>> GetInboxAsync(GetApprovalInboxInput input, CancellationToken cancellationToken = default);

    Task<StaffingPlanDto> DecideAsync(Guid stepId, DecideApprovalDto input, CancellationToken cancellationToken = default);
}

public interface IApprovalRouteAppService
{
    Task<IReadOnlyList<ApprovalRouteDto>> GetListAsync(GetApprovalRoutesInput input, CancellationToken cancellationToken = default);

    /// <summary>The kinds of document a route can approve (registered with the engine), named in the caller's language.</summary>
    Task<IReadOnlyList<ApprovalDocumentKindDto>> GetDocumentKindsAsync(CancellationToken cancellationToken = default);

    /// <summary>The roles a step can be assigned to (the zone roles); the route editor's choice list.</summary>
    Task<IReadOnlyList<string>> GetAssignableRolesAsync(CancellationToken cancellationToken = default);

    Task<ApprovalRouteDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ApprovalRouteDto> CreateAsync(CreateApprovalRouteDto input, CancellationToken cancellationToken = default);

    Task<ApprovalRouteDto> UpdateAsync(Guid id, UpdateApprovalRouteDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

public interface IApprovalStatsAppService
{
    Task<ApprovalStatsDto> GetAsync(GetApprovalStatsInput input, CancellationToken cancellationToken = default);
}
