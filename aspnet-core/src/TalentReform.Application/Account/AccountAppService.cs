using Microsoft.AspNetCore.Identity;
using TalentReform.Data;
using TalentReform.Identity;
using TalentReform.Users;
using TalentReform.Zones;

namespace TalentReform.Account;

public class AccountAppService(
    UserManager<AppUser> userManager,
    IDataFilter dataFilter,
    ICurrentUser currentUser,
    PermissionChecker permissionChecker,
    IZoneRepository zones,
    UnknownUserSignIns unknownUsers) : IAccountAppService
{
    public async Task<AuthenticatedUserDto> AuthenticateAsync(LoginDto input, CancellationToken cancellationToken = default)
    {
        // Nobody is signed in yet, so there is no zone to filter by: user names are unique across zones.
        using var _ = dataFilter.DisableZoneFilter();
        var user = await userManager.FindByNameAsync(input.UserName.Trim());
        if (user is null)
        {
            // The same answers, in the same order, as a real account's: no way to tell which names exist.
            var normalized = userManager.NormalizeName(input.UserName.Trim()) ?? string.Empty;
            throw BusinessException.Unauthorized(unknownUsers.Fail(normalized, input.Password, userManager.PasswordHasher, userManager.Options.Lockout));
        }

        if (await userManager.IsLockedOutAsync(user))
        {
            throw BusinessException.Unauthorized(TalentReformErrorCodes.UserLockedOut);
        }

        if (!await userManager.CheckPasswordAsync(user, input.Password))
        {
            await userManager.AccessFailedAsync(user);
            var code = await userManager.IsLockedOutAsync(user) ? TalentReformErrorCodes.UserLockedOut : TalentReformErrorCodes.InvalidCredentials;
            throw BusinessException.Unauthorized(code);
        }

        if (!user.IsActive)
        {
            throw BusinessException.Unauthorized(TalentReformErrorCodes.UserInactive);
        }

        await userManager.ResetAccessFailedCountAsync(user);
        var roles = await userManager.GetRolesAsync(user);
        return user.ToAuthenticatedUserDto(roles.ToList());
    }

    public async Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAuthenticated || currentUser.Id is not { } userId)
        {
            return new CurrentUserDto(false, null, null, null, null, [], []);
        }

        var user = await userManager.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return new CurrentUserDto(false, null, null, null, null, [], []);
        }

        var zone = user.ZoneId is { } zoneId ? await zones.FindAsync(zoneId, cancellationToken) : null;
        var permissions = await permissionChecker.GetGrantedAsync(cancellationToken);
        return user.ToCurrentUserDto(zone?.ToCurrentZoneDto(), currentUser.Roles, permissions.Order().ToList());
    }
}
