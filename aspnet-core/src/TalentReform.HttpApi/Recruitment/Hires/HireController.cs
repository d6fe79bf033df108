using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Recruitment;

/// <summary>聘用: the seat preview and the hire (person, appointment, 试用期, talent profile and account in one transaction).</summary>
[ApiController]
[Route("api/app/hires")]
[Authorize(TalentReformPermissions.RecruitmentCampaigns.Default)]
public class HireController(IHireAppService hires) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<HireDto>> GetListAsync([FromQuery] GetHiresInput input, CancellationToken cancellationToken) =>
        hires.GetListAsync(input, cancellationToken);

    /// <summary>The seat the hire would occupy now: the position's post on a regular slot, or the pool slot lent for it.</summary>
    [HttpGet("preview")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.Hire)]
    public Task<HireSeatPreviewDto> GetPreviewAsync([FromQuery] GetHirePreviewInput input, CancellationToken cancellationToken) =>
        hires.GetPreviewAsync(input, cancellationToken);

    /// <summary>Hires; 409 when the slot was taken meanwhile (nothing is kept). The initial password is in this response only.</summary>
    [HttpPost]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.Hire)]
    public Task<HireResultDto> CreateAsync(CreateHireDto input, CancellationToken cancellationToken) => hires.CreateAsync(input, cancellationToken);
}
