using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TalentReform.Identity;

namespace TalentReform.Authentication;

/// <summary>Adds the user's zone to the principal, so every request knows its zone without a query.</summary>
public sealed class TalentReformClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.ZoneId is { } zoneId)
        {
            identity.AddClaim(new Claim(TalentReformClaimTypes.ZoneId, zoneId.ToString()));
        }

        return identity;
    }
}
