using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace TalentReform.Account;

[ApiController]
[Route("api/account")]
public class AccountController(IAccountAppService accounts, IAuthenticationSession session) : ControllerBase
{
    public const string SignInRateLimitPolicy = "sign-in";

    /// <summary>Cookie sign-in for the browser app.</summary>
    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(SignInRateLimitPolicy)]
    public async Task<CurrentUserDto> LoginAsync(LoginDto input, CancellationToken cancellationToken)
    {
        var user = await accounts.AuthenticateAsync(input, cancellationToken);
        await session.SignInWithCookieAsync(user);
        session.RefreshAntiforgeryCookie();
        return await accounts.GetCurrentUserAsync(cancellationToken);
    }

    /// <summary>Bearer token for scripts and integrations.</summary>
    [HttpPost("token")]
    [AllowAnonymous]
    [EnableRateLimiting(SignInRateLimitPolicy)]
    public async Task<AccessTokenDto> TokenAsync(LoginDto input, CancellationToken cancellationToken)
    {
        var user = await accounts.AuthenticateAsync(input, cancellationToken);
        return await session.IssueAccessTokenAsync(user);
    }

    [HttpPost("logout")]
    [AllowAnonymous]
    public async Task<NoContentResult> LogoutAsync()
    {
        await session.SignOutAsync();
        session.RefreshAntiforgeryCookie();
        return NoContent();
    }

    /// <summary>Who is signed in (anonymous callers get isAuthenticated=false); also hands out the XSRF cookie.</summary>
    [HttpGet("me")]
    [AllowAnonymous]
    public Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        session.RefreshAntiforgeryCookie();
        return accounts.GetCurrentUserAsync(cancellationToken);
    }
}
