using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Talents;

[ApiController]
[Route("api/app/talent-tiers")]
[Authorize(TalentReformPermissions.TalentTiers.Default)]
public class TalentTierController(ITalentTierAppService tiers) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<TalentTierDto>> GetListAsync(CancellationToken cancellationToken) => tiers.GetListAsync(cancellationToken);

    [HttpPut("{level}")]
    [Authorize(TalentReformPermissions.TalentTiers.Manage)]
    public Task<TalentTierDto> UpdateAsync(TalentTierLevel level, UpdateTalentTierDto input, CancellationToken cancellationToken) =>
        tiers.UpdateAsync(level, input, cancellationToken);
}
