using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace TalentReform.Talents;

/// <summary>The public side: no sign-in, rate-limited per address, nothing stored.</summary>
[ApiController]
[Route("api/public")]
[AllowAnonymous]
public class PublicPolicyCalculatorController(IPolicyCalculatorAppService calculator) : ControllerBase
{
    public const string RateLimitPolicy = "policy-calculator";

    /// <summary>The zones whose policies the calculator knows.</summary>
    [HttpGet("zones")]
    public Task<IReadOnlyList<PublicZoneDto>> GetZonesAsync(CancellationToken cancellationToken) => calculator.GetZonesAsync(cancellationToken);

    /// <summary>The benefits a profile would get from the zone's policies in force, with amounts, five years of payments and reasons.</summary>
    [HttpPost("zones/{zoneCode}/policy-calculator")]
    [EnableRateLimiting(RateLimitPolicy)]
    public Task<PolicyCalculatorResultDto> CalculateAsync(string zoneCode, PolicyCalculatorInput input, CancellationToken cancellationToken) =>
        calculator.CalculateAsync(zoneCode, input, cancellationToken);
}
