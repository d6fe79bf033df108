using TalentReform.Dtos;
using TalentReform.Planning;

namespace TalentReform.Recruitment;

public interface IStaffingPoolAppService
{
    Task<ListResultDto<StaffingPoolSlotDto>> GetSlotsAsync(CancellationToken cancellationToken = default);

    Task<StaffingPoolSlotDto> CreateSlotAsync(StaffingPoolSlotInput input, CancellationToken cancellationToken = default);

    Task<StaffingPoolSlotDto> UpdateSlotAsync(Guid id, UpdateStaffingPoolSlotDto input, CancellationToken cancellationToken = default);

    Task DeleteSlotAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PagedResultDto<PoolLoanDto>> GetLoansAsync(GetPoolLoansInput input, CancellationToken cancellationToken = default);

    Task<PoolLoanDto> GetLoanAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PoolLoanDto> RequestLoanAsync(RequestPoolLoanDto input, CancellationToken cancellationToken = default);

    Task<PoolLoanDto> SubmitLoanAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PoolLoanDto> DecideLoanAsync(Guid stepId, DecideApprovalDto input, CancellationToken cancellationToken = default);

    Task<PoolLoanDto> ActivateLoanAsync(Guid id, ActivatePoolLoanDto input, CancellationToken cancellationToken = default);

    Task<PoolLoanDto> ReturnLoanAsync(Guid id, ReturnPoolLoanDto input, CancellationToken cancellationToken = default);

    Task<PoolLoanDto> ReleaseLoanAsync(Guid id, ReleasePoolLoanDto input, CancellationToken cancellationToken = default);

    Task<ListResultDto<PoolLoanDto>> GetOverdueLoansAsync(CancellationToken cancellationToken = default);

    Task<ListResultDto<UnitSeatsDto>> GetSeatsAsync(CancellationToken cancellationToken = default);
}
