using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TalentReform.Data;
using TalentReform.Identity;

namespace TalentReform.Authentication;

/// <summary>
/// The cookie's security stamp is re-validated before the request knows its user, so the zone filter
/// would hide every zone user; the look-up by id runs with the filter off.
/// </summary>
public sealed class ZoneAwareSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    IDataFilter dataFilter)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<AppUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        using (dataFilter.DisableZoneFilter())
        {
            var user = await base.ValidateSecurityStampAsync(principal);
            return user is { IsActive: true } ? user : null;
        }
    }
}
