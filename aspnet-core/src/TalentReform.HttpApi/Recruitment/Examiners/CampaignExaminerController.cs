using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Recruitment;

/// <summary>考官 of a campaign with their declared relations: HR registers them, leaders read.</summary>
[ApiController]
[Route("api/app/recruitment-campaigns/{id:guid}/examiners")]
[Authorize(TalentReformPermissions.RecruitmentCampaigns.Default)]
public class CampaignExaminerController(ICampaignExaminerAppService examiners) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<CampaignExaminerDto>> GetListAsync(Guid id, CancellationToken cancellationToken) => examiners.GetListAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public Task<CampaignExaminerDto> AddAsync(Guid id, AddCampaignExaminerDto input, CancellationToken cancellationToken) =>
        examiners.AddAsync(id, input, cancellationToken);

    [HttpDelete("{examinerId:guid}")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public async Task<NoContentResult> RemoveAsync(Guid id, Guid examinerId, CancellationToken cancellationToken)
    {
        await examiners.RemoveAsync(id, examinerId, cancellationToken);
        return NoContent();
    }
}
