using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Authentication;

/// <summary>
/// Checks every authenticated request, cookie or bearer token alike, against the user as stored now: the user
/// must still exist and be active, and the security stamp the session was issued with must still be the user's
/// (a password change, a deactivation and a logout renew it). The roles and the zone then come from the stored
/// state rather than from the claims, so a removed role takes its permissions with it on the next request.
/// </summary>
public sealed class UserSessionValidator(UserSessionStates states, IOptions<IdentityOptions> identityOptions)
{
    public Task OnTokenValidatedAsync(TokenValidatedContext context) =>
        ValidateAsync(context.Principal, context.HttpContext, principal => context.Principal = principal, () =>
        {
            context.Fail("The session has ended.");
            return Task.CompletedTask;
        });

    public Task OnValidatePrincipalAsync(CookieValidatePrincipalContext context) =>
        ValidateAsync(context.Principal, context.HttpContext, principal => context.ReplacePrincipal(principal), () =>
        {
            context.RejectPrincipal();
            return context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        });

    private async Task ValidateAsync(ClaimsPrincipal? principal, HttpContext http, Action<ClaimsPrincipal> accept, Func<Task> reject)
    {
        var current = principal is null ? null : await CurrentAsync(principal, http);
        if (current is null)
        {
            await reject();
            return;
        }

        accept(current);
    }

    /// <summary>The principal with today's roles and zone, or null when the session has ended.</summary>
    private async Task<ClaimsPrincipal?> CurrentAsync(ClaimsPrincipal principal, HttpContext http)
    {
        var stampClaim = identityOptions.Value.ClaimsIdentity.SecurityStampClaimType;
        if (!Guid.TryParse(principal.FindFirst(TalentReformClaimTypes.UserId)?.Value, out var userId)
            || principal.FindFirst(stampClaim)?.Value is not { Length: > 0 } stamp
            || principal.Identity is not ClaimsIdentity identity)
        {
            return null;
        }

        var db = http.RequestServices.GetRequiredService<TalentReformDbContext>();
        var state = await states.GetAsync(userId, db, http.RequestAborted);
        if (state is not { IsActive: true } || !string.Equals(state.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            return null;
        }

        var claims = identity.Claims
            .Where(c => c.Type is not (TalentReformClaimTypes.Role or TalentReformClaimTypes.ZoneId))
            .Concat(state.Roles.Select(role => new Claim(TalentReformClaimTypes.Role, role)))
            .Concat(state.ZoneId is { } zoneId ? [new Claim(TalentReformClaimTypes.ZoneId, zoneId.ToString())] : []);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType));
    }
}
