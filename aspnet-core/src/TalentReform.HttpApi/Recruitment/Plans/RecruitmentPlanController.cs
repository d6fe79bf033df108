using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;
using TalentReform.Planning;

namespace TalentReform.Recruitment;

[ApiController]
[Route("api/app/recruitment-plans")]
public class RecruitmentPlanController(IRecruitmentPlanAppService plans) : ControllerBase
{
    [HttpGet]
    [Authorize(TalentReformPermissions.RecruitmentPlans.Default)]
    public Task<PagedResultDto<RecruitmentPlanListItemDto>> GetListAsync([FromQuery] GetRecruitmentPlansInput input, CancellationToken cancellationToken) =>
        plans.GetListAsync(input, cancellationToken);

    /// <summary>The plan with its lines, each with the 空编 it meets now (quota, occupied, reserved elsewhere, pending, owed to the pool, free, asked).</summary>
    [HttpGet("{id:guid}")]
    [Authorize(TalentReformPermissions.RecruitmentPlans.Default)]
    public Task<RecruitmentPlanDto> GetAsync(Guid id, CancellationToken cancellationToken) => plans.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.RecruitmentPlans.Manage)]
    public Task<RecruitmentPlanDto> CreateAsync(CreateRecruitmentPlanDto input, CancellationToken cancellationToken) => plans.CreateAsync(input, cancellationToken);

    /// <summary>The draft's title and whole list of lines (lines left out are removed).</summary>
    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.RecruitmentPlans.Manage)]
    public Task<RecruitmentPlanDto> UpdateAsync(Guid id, UpdateRecruitmentPlanDto input, CancellationToken cancellationToken) =>
        plans.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.RecruitmentPlans.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await plans.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    /// <summary>Refused with the numbers when a unit×type asks more than its free 空编; otherwise into the approval engine.</summary>
    [HttpPost("{id:guid}/submit")]
    [Authorize(TalentReformPermissions.RecruitmentPlans.Manage)]
    public Task<RecruitmentPlanDto> SubmitAsync(Guid id, CancellationToken cancellationToken) => plans.SubmitAsync(id, cancellationToken);

    /// <summary>Decides a pending step of a plan's approval, as listed in the approvals inbox (a concurrent decision gets 409).</summary>
    [HttpPost("approvals/{stepId:guid}/decide")]
    [Authorize(TalentReformPermissions.Approvals)]
    public Task<RecruitmentPlanDto> DecideAsync(Guid stepId, DecideApprovalDto input, CancellationToken cancellationToken) =>
        plans.DecideAsync(stepId, input, cancellationToken);

    /// <summary>备案 of the approved plan.</summary>
    [HttpPost("{id:guid}/filing")]
    [Authorize(TalentReformPermissions.RecruitmentPlans.Manage)]
    public Task<RecruitmentPlanDto> RecordFilingAsync(Guid id, RecordRecruitmentPlanFilingDto input, CancellationToken cancellationToken) =>
        plans.RecordFilingAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/close")]
    [Authorize(TalentReformPermissions.RecruitmentPlans.Manage)]
    public Task<RecruitmentPlanDto> CloseAsync(Guid id, CancellationToken cancellationToken) => plans.CloseAsync(id, cancellationToken);
}
