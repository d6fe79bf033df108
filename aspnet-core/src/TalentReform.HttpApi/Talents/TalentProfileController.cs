using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Talents;

[ApiController]
[Route("api/app/talent-profiles")]
[Authorize(TalentReformPermissions.TalentProfiles.Default)]
public class TalentProfileController(ITalentProfileAppService profiles) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<TalentProfileDto> GetAsync(Guid id, CancellationToken cancellationToken) => profiles.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<TalentProfileDto>> GetListAsync([FromQuery] GetTalentProfilesInput input, CancellationToken cancellationToken) =>
        profiles.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.TalentProfiles.Create)]
    public Task<TalentProfileDto> CreateAsync(CreateTalentProfileDto input, CancellationToken cancellationToken) => profiles.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.TalentProfiles.Update)]
    public Task<TalentProfileDto> UpdateAsync(Guid id, UpdateTalentProfileDto input, CancellationToken cancellationToken) =>
        profiles.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.TalentProfiles.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await profiles.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}

/// <summary>A talent's own data: only ever the signed-in talent's.</summary>
[ApiController]
[Route("api/app/my")]
[Authorize(TalentReformPermissions.My)]
public class MyTalentController(ITalentProfileAppService profiles) : ControllerBase
{
    [HttpGet("profile")]
    public Task<TalentProfileDto> GetProfileAsync(CancellationToken cancellationToken) => profiles.GetMineAsync(cancellationToken);

    /// <summary>Benefits almost within reach, with what is still missing ("本地社保缴纳月数还差 2").</summary>
    [HttpGet("missing")]
    public Task<IReadOnlyList<BenefitResultDto>> GetMissingAsync(CancellationToken cancellationToken) => profiles.GetMyMissingAsync(cancellationToken);
}
