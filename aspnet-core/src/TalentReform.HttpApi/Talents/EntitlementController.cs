using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Talents;

[ApiController]
[Route("api/app")]
public class EntitlementController(IEntitlementAppService entitlements) : ControllerBase
{
    [HttpGet("entitlements")]
    [Authorize(TalentReformPermissions.Entitlements)]
    public Task<PagedResultDto<EntitlementDto>> GetListAsync([FromQuery] GetEntitlementsInput input, CancellationToken cancellationToken) =>
        entitlements.GetListAsync(input, cancellationToken);

    /// <summary>Runs 免申即享 matching over the zone now (nightly it runs by itself).</summary>
    [HttpPost("matching-runs")]
    [Authorize(TalentReformPermissions.Matching)]
    public Task<MatchingRunDto> RunAsync(CancellationToken cancellationToken) => entitlements.RunMatchingAsync(cancellationToken);

    [HttpGet("matching-runs")]
    [Authorize(TalentReformPermissions.Matching)]
    public Task<IReadOnlyList<MatchingRunDto>> GetRunsAsync(CancellationToken cancellationToken) => entitlements.GetMatchingRunsAsync(cancellationToken);

    /// <summary>The signed-in talent's own entitlements.</summary>
    [HttpGet("my/entitlements")]
    [Authorize(TalentReformPermissions.My)]
    public Task<IReadOnlyList<EntitlementDto>> GetMineAsync(CancellationToken cancellationToken) => entitlements.GetMineAsync(cancellationToken);
}
