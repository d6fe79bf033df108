using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;
using TalentReform.Planning;

namespace TalentReform.Recruitment;

[ApiController]
[Route("api/app/staffing-pool")]
public class StaffingPoolController(IStaffingPoolAppService pool) : ControllerBase
{
    [HttpGet("slots")]
    [Authorize(TalentReformPermissions.StaffingPool.Default)]
    public Task<ListResultDto<StaffingPoolSlotDto>> GetSlotsAsync(CancellationToken cancellationToken) => pool.GetSlotsAsync(cancellationToken);

    [HttpPost("slots")]
    [Authorize(TalentReformPermissions.StaffingPool.ManageSlots)]
    public Task<StaffingPoolSlotDto> CreateSlotAsync(StaffingPoolSlotInput input, CancellationToken cancellationToken) =>
        pool.CreateSlotAsync(input, cancellationToken);

    [HttpPut("slots/{id:guid}")]
    [Authorize(TalentReformPermissions.StaffingPool.ManageSlots)]
    public Task<StaffingPoolSlotDto> UpdateSlotAsync(Guid id, UpdateStaffingPoolSlotDto input, CancellationToken cancellationToken) =>
        pool.UpdateSlotAsync(id, input, cancellationToken);

    /// <summary>Only a slot no loan ever named; a slot with loans stays on record (409).</summary>
    [HttpDelete("slots/{id:guid}")]
    [Authorize(TalentReformPermissions.StaffingPool.ManageSlots)]
    public async Task<NoContentResult> DeleteSlotAsync(Guid id, CancellationToken cancellationToken)
    {
        await pool.DeleteSlotAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpGet("loans")]
    [Authorize(TalentReformPermissions.StaffingPool.Default)]
    public Task<PagedResultDto<PoolLoanDto>> GetLoansAsync([FromQuery] GetPoolLoansInput input, CancellationToken cancellationToken) =>
        pool.GetLoansAsync(input, cancellationToken);

    /// <summary>Active loans past their 周转期, for review.</summary>
    [HttpGet("loans/overdue")]
    [Authorize(TalentReformPermissions.StaffingPool.Default)]
    public Task<ListResultDto<PoolLoanDto>> GetOverdueLoansAsync(CancellationToken cancellationToken) => pool.GetOverdueLoansAsync(cancellationToken);

    [HttpGet("loans/{id:guid}")]
    [Authorize(TalentReformPermissions.StaffingPool.Default)]
    public Task<PoolLoanDto> GetLoanAsync(Guid id, CancellationToken cancellationToken) => pool.GetLoanAsync(id, cancellationToken);

    /// <summary>A draft loan for a named hire; refused while the unit has any 空编 of the type or the slot has an open loan.</summary>
    [HttpPost("loans")]
    [Authorize(TalentReformPermissions.StaffingPool.RequestLoans)]
    public Task<PoolLoanDto> RequestLoanAsync(RequestPoolLoanDto input, CancellationToken cancellationToken) => pool.RequestLoanAsync(input, cancellationToken);

    [HttpPost("loans/{id:guid}/submit")]
    [Authorize(TalentReformPermissions.StaffingPool.RequestLoans)]
    public Task<PoolLoanDto> SubmitLoanAsync(Guid id, CancellationToken cancellationToken) => pool.SubmitLoanAsync(id, cancellationToken);

    /// <summary>Decides a pending step of a loan's approval, as listed in the approvals inbox.</summary>
    [HttpPost("loans/approvals/{stepId:guid}/decide")]
    [Authorize(TalentReformPermissions.Approvals)]
    public Task<PoolLoanDto> DecideLoanAsync(Guid stepId, DecideApprovalDto input, CancellationToken cancellationToken) =>
        pool.DecideLoanAsync(stepId, input, cancellationToken);

    [HttpPost("loans/{id:guid}/activate")]
    [Authorize(TalentReformPermissions.StaffingPool.ManageLoans)]
    public Task<PoolLoanDto> ActivateLoanAsync(Guid id, ActivatePoolLoanDto input, CancellationToken cancellationToken) =>
        pool.ActivateLoanAsync(id, input, cancellationToken);

    [HttpPost("loans/{id:guid}/return")]
    [Authorize(TalentReformPermissions.StaffingPool.ManageLoans)]
    public Task<PoolLoanDto> ReturnLoanAsync(Guid id, ReturnPoolLoanDto input, CancellationToken cancellationToken) =>
        pool.ReturnLoanAsync(id, input, cancellationToken);

    [HttpPost("loans/{id:guid}/release")]
    [Authorize(TalentReformPermissions.StaffingPool.ManageLoans)]
    public Task<PoolLoanDto> ReleaseLoanAsync(Guid id, ReleasePoolLoanDto input, CancellationToken cancellationToken) =>
        pool.ReleaseLoanAsync(id, input, cancellationToken);

    /// <summary>Per unit×type: regular quota, regular slots taken, vacant, and the pool slots in use apart (never counted in the quota).</summary>
    [HttpGet("seats")]
    [Authorize(TalentReformPermissions.StaffingPool.Default)]
    public Task<ListResultDto<UnitSeatsDto>> GetSeatsAsync(CancellationToken cancellationToken) => pool.GetSeatsAsync(cancellationToken);
}
