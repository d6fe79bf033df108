using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
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

    [HttpGet("entitlements/{id:guid}")]
    [Authorize(TalentReformPermissions.Entitlements)]
    public Task<EntitlementDto> GetAsync(Guid id, CancellationToken cancellationToken) => entitlements.GetAsync(id, cancellationToken);

    [HttpPost("entitlements/{id:guid}/confirm")]
    [Authorize(TalentReformPermissions.EntitlementsConfirm)]
    public Task<EntitlementDto> ConfirmAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken) =>
        entitlements.ConfirmAsync(id, input, cancellationToken);

    /// <summary>追回: the talent left within the 服务期.</summary>
    [HttpPost("entitlements/{id:guid}/claw-back")]
    [Authorize(TalentReformPermissions.Installments.ClawBack)]
    public Task<EntitlementDto> ClawBackAsync(Guid id, ClawBackEntitlementDto input, CancellationToken cancellationToken) =>
        entitlements.ClawBackAsync(id, input, cancellationToken);

    /// <summary>The signed-in talent's own entitlements, with explanations and schedules.</summary>
    [HttpGet("my/entitlements")]
    [Authorize(TalentReformPermissions.My)]
    public Task<IReadOnlyList<EntitlementDto>> GetMineAsync(CancellationToken cancellationToken) => entitlements.GetMineAsync(cancellationToken);
}

/// <summary>免申即享 matching runs: started on demand here, nightly by the host's job.</summary>
[ApiController]
[Route("api/app/matching-runs")]
[Authorize(TalentReformPermissions.Matching)]
public class MatchingRunController(IMatchingRunAppService runs) : ControllerBase
{
    /// <summary>Starts a run in the background and answers at once (202 with the run); poll <c>GET {id}</c> for progress.</summary>
    [HttpPost]
    [ProducesResponseType<MatchingRunDto>(StatusCodes.Status202Accepted)]
    public async Task<AcceptedResult> StartAsync(CancellationToken cancellationToken)
    {
        var run = await runs.StartAsync(cancellationToken);
        return Accepted($"/api/app/matching-runs/{run.Id}", run);
    }

    [HttpGet("{id:guid}")]
    public Task<MatchingRunDto> GetAsync(Guid id, CancellationToken cancellationToken) => runs.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<IReadOnlyList<MatchingRunDto>> GetListAsync(CancellationToken cancellationToken) => runs.GetListAsync(cancellationToken);
}
