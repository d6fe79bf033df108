using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Planning;

[ApiController]
[Route("api/app/staffing-plans")]
[Authorize(TalentReformPermissions.StaffingPlans.Default)]
public class StaffingPlanController(IStaffingPlanAppService plans) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<StaffingPlanDto> GetAsync(Guid id, CancellationToken cancellationToken) => plans.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<StaffingPlanListItemDto>> GetListAsync([FromQuery] GetStaffingPlansInput input, CancellationToken cancellationToken) =>
        plans.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.StaffingPlans.Create)]
    public Task<StaffingPlanDto> CreateAsync(CreateStaffingPlanDto input, CancellationToken cancellationToken) => plans.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.StaffingPlans.Create)]
    public Task<StaffingPlanDto> UpdateAsync(Guid id, UpdateStaffingPlanDto input, CancellationToken cancellationToken) =>
        plans.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.StaffingPlans.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await plans.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpGet("{id:guid}/changes")]
    public Task<IReadOnlyList<PlanChangeDto>> GetChangesAsync(Guid id, CancellationToken cancellationToken) => plans.GetChangesAsync(id, cancellationToken);

    /// <summary>Appends a change; refused (nothing saved) when the plan with it no longer runs on the live structure.</summary>
    [HttpPost("{id:guid}/changes")]
    [Authorize(TalentReformPermissions.StaffingPlans.Create)]
    public Task<PlanChangeDto> AddChangeAsync(Guid id, PlanChangeInput input, CancellationToken cancellationToken) =>
        plans.AddChangeAsync(id, input, cancellationToken);

    [HttpPut("{id:guid}/changes/{changeId:guid}")]
    [Authorize(TalentReformPermissions.StaffingPlans.Create)]
    public Task<PlanChangeDto> UpdateChangeAsync(Guid id, Guid changeId, PlanChangeInput input, CancellationToken cancellationToken) =>
        plans.UpdateChangeAsync(id, changeId, input, cancellationToken);

    [HttpPost("{id:guid}/changes/{changeId:guid}/move")]
    [Authorize(TalentReformPermissions.StaffingPlans.Create)]
    public Task<IReadOnlyList<PlanChangeDto>> MoveChangeAsync(Guid id, Guid changeId, MovePlanChangeDto input, CancellationToken cancellationToken) =>
        plans.MoveChangeAsync(id, changeId, input, cancellationToken);

    [HttpDelete("{id:guid}/changes/{changeId:guid}")]
    [Authorize(TalentReformPermissions.StaffingPlans.Create)]
    public async Task<NoContentResult> DeleteChangeAsync(Guid id, Guid changeId, CancellationToken cancellationToken)
    {
        await plans.DeleteChangeAsync(id, changeId, cancellationToken);
        return NoContent();
    }

    /// <summary>The what-if report: live for drafts, as stored at submission afterwards.</summary>
    [HttpGet("{id:guid}/impact")]
    public Task<PlanImpactDto> GetImpactAsync(Guid id, CancellationToken cancellationToken) => plans.GetImpactAsync(id, cancellationToken);

    [HttpPost("{id:guid}/submit")]
    [Authorize(TalentReformPermissions.StaffingPlans.Create)]
    public Task<StaffingPlanDto> SubmitAsync(Guid id, CancellationToken cancellationToken) => plans.SubmitAsync(id, cancellationToken);

    [HttpPost("{id:guid}/withdraw")]
    [Authorize(TalentReformPermissions.StaffingPlans.Create)]
    public Task<StaffingPlanDto> WithdrawAsync(Guid id, CancellationToken cancellationToken) => plans.WithdrawAsync(id, cancellationToken);

    /// <summary>Applies an approved plan whose effective date has come (otherwise the scheduled job does it on the date).</summary>
    [HttpPost("{id:guid}/apply")]
    [Authorize(TalentReformPermissions.StaffingPlans.Apply)]
    public Task<StaffingPlanDto> ApplyAsync(Guid id, CancellationToken cancellationToken) => plans.ApplyAsync(id, cancellationToken);
}
