using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TalentReform.Account;
using TalentReform.Data;
using TalentReform.Identity;

namespace TalentReform.Authentication;

public sealed class AuthenticationSession(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IDataFilter dataFilter,
    IAntiforgery antiforgery,
    IHttpContextAccessor accessor,
    IOptions<JwtOptions> jwtOptions,
    SigningKeyProvider signingKey,
    TimeProvider clock) : IAuthenticationSession
{
    public const string XsrfCookieName = "XSRF-TOKEN";

    private HttpContext Context => accessor.HttpContext ?? throw new InvalidOperationException("No HTTP request.");

    public async Task SignInWithCookieAsync(AuthenticatedUserDto user)
    {
        var appUser = await FindAsync(user);
        await signInManager.SignInAsync(appUser, isPersistent: false);
        // The rest of this request (the response body, the new XSRF token) belongs to the new user.
        Context.User = await claimsFactory.CreateAsync(appUser);
    }

    /// <summary>
    /// Ends the session on the server too: renewing the security stamp makes the cookie (even a copy replayed
    /// later) and every bearer token of the user invalid on their next request — all the user's sessions end.
    /// </summary>
    public async Task SignOutAsync()
    {
        if (Guid.TryParse(Context.User.FindFirst(TalentReformClaimTypes.UserId)?.Value, out var userId))
        {
            using (dataFilter.DisableZoneFilter())
            {
                if (await userManager.FindByIdAsync(userId.ToString()) is { } user)
                {
                    await userManager.UpdateSecurityStampAsync(user);
                }
            }
        }

        await signInManager.SignOutAsync();
        Context.User = new ClaimsPrincipal(new ClaimsIdentity());
    }

    public async Task<AccessTokenDto> IssueAccessTokenAsync(AuthenticatedUserDto user)
    {
        var principal = await claimsFactory.CreateAsync(await FindAsync(user));
        var options = jwtOptions.Value;
        var now = clock.GetUtcNow();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(principal.Claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(options.ExpiresInMinutes).UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });
        return new AccessTokenDto(token, options.ExpiresInMinutes * 60);
    }

    public void RefreshAntiforgeryCookie()
    {
        var tokens = antiforgery.GetAndStoreTokens(Context);
        Context.Response.Cookies.Append(XsrfCookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false, // Angular's HttpClient reads it and echoes it in X-XSRF-TOKEN.
            SameSite = SameSiteMode.Strict,
            Secure = Context.Request.IsHttps,
            Path = "/",
        });
    }

    private async Task<AppUser> FindAsync(AuthenticatedUserDto user)
    {
        using (dataFilter.DisableZoneFilter())
        {
            return await userManager.FindByIdAsync(user.Id.ToString())
                ?? throw new EntityNotFoundException("Entity:AppUser", user.Id);
        }
    }
}
