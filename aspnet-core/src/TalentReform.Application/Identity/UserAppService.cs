using Microsoft.AspNetCore.Identity;
using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.PersonalData;
using TalentReform.Users;
using TalentReform.Zones;

namespace TalentReform.Identity;

/// <summary>
/// User management. A zone user manages the users of their own zone (the zone filter sees to it);
/// the platform admin manages everyone and picks the zone.
/// </summary>
public class UserAppService(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IRepository<AppUser> users,
    IRepository<IdentityUserRole<Guid>> userRoles,
    IZoneRepository zones,
    IDataFilter dataFilter,
    ICurrentUser currentUser,
    IAsyncQueryableExecuter executer,
    TimeProvider clock,
    PersonalDataMasking masking) : IUserAppService
{
    private static readonly QueryableSorting<AppUser> Sorting = new QueryableSorting<AppUser>()
        .Add("userName", u => u.UserName)
        .Add("name", u => u.Name)
        .Add("email", u => u.Email)
        .Add("creationTime", u => u.CreationTime);

    private bool IsHost => currentUser.ZoneId is null;

    public async Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using (HostSeesAllZones())
        {
            var user = await users.GetAsync(id, cancellationToken);
            return await ToDtoAsync(user, cancellationToken);
        }
    }

    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUsersInput input, CancellationToken cancellationToken = default)
    {
        using (HostSeesAllZones())
        {
            var query = users.GetQueryable();
            if (!string.IsNullOrWhiteSpace(input.Filter))
            {
                var filter = input.Filter.Trim();
                query = query.Where(u => u.UserName!.Contains(filter) || u.Name.Contains(filter) || (u.Email != null && u.Email.Contains(filter)));
            }

            if (IsHost && input.ZoneId is { } zoneId)
            {
                query = query.Where(u => u.ZoneId == zoneId);
            }

            if (!string.IsNullOrWhiteSpace(input.RoleName))
            {
                var inRole = await userManager.GetUsersInRoleAsync(input.RoleName.Trim());
                var ids = inRole.Select(u => u.Id).ToList();
                query = query.Where(u => ids.Contains(u.Id));
            }

            var total = await executer.CountAsync(query, cancellationToken);
            var page = Sorting.Apply(query, input.Sorting, "userName").Skip(input.SkipCount).Take(input.MaxResultCount);
            var items = await ToDtosAsync(await executer.ToListAsync(page, cancellationToken), cancellationToken);
            return new PagedResultDto<UserDto>(total, items);
        }
    }

    public async Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default)
    {
        var zoneId = IsHost ? input.ZoneId : currentUser.ZoneId;
        if (zoneId is { } id)
        {
            await zones.GetAsync(id, cancellationToken);
        }

        EnsureRolesFit(input.RoleNames, zoneId);
        using (dataFilter.DisableZoneFilter())
        {
            // User names are unique across zones: they are what people type to sign in.
            if (await userManager.FindByNameAsync(input.UserName.Trim()) is not null)
            {
                throw BusinessException.Conflict(TalentReformErrorCodes.UserNameAlreadyExists, input.UserName.Trim());
            }
        }

        var user = new AppUser(Guid.NewGuid(), input.UserName, input.Name, zoneId, clock.GetUtcNow());
        Apply(user, input);
        ThrowIfFailed(await userManager.CreateAsync(user, input.Password));
        ThrowIfFailed(await userManager.AddToRolesAsync(user, input.RoleNames.Distinct()));
        return await ToDtoAsync(user, cancellationToken);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default)
    {
        using (HostSeesAllZones())
        {
            var user = await users.GetAsync(id, cancellationToken);
            if (user.ConcurrencyStamp != input.ConcurrencyStamp)
            {
                throw new ConcurrencyConflictException();
            }

            EnsureRolesFit(input.RoleNames, user.ZoneId);
            Apply(user, input);
            ThrowIfFailed(await userManager.UpdateAsync(user));
            if (!string.IsNullOrEmpty(input.Password))
            {
                var token = await userManager.GeneratePasswordResetTokenAsync(user);
                ThrowIfFailed(await userManager.ResetPasswordAsync(user, token, input.Password));
            }

            var current = await userManager.GetRolesAsync(user);
            ThrowIfFailed(await userManager.RemoveFromRolesAsync(user, current.Except(input.RoleNames)));
            ThrowIfFailed(await userManager.AddToRolesAsync(user, input.RoleNames.Distinct().Except(current)));
            return await ToDtoAsync(user, cancellationToken);
        }
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (id == currentUser.Id)
        {
            throw new BusinessException(TalentReformErrorCodes.CannotDeleteSelf);
        }

        using (HostSeesAllZones())
        {
            var user = await users.GetAsync(id, cancellationToken);
            ThrowIfFailed(await userManager.DeleteAsync(user));
        }
    }

    /// <summary>The platform admin works across zones; zone users stay inside the filter.</summary>
    private IDisposable? HostSeesAllZones() => IsHost ? dataFilter.DisableZoneFilter() : null;

    private static void Apply(AppUser user, UserInputBase input)
    {
        user.SetName(input.Name);
        // A caller who saw them masked sends the masks back: that means "unchanged".
        user.Email = PersonalDataMask.Resolve(PersonalDataKind.Email, user.Email, string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim());
        user.PhoneNumber = PersonalDataMask.Resolve(PersonalDataKind.Phone, user.PhoneNumber, string.IsNullOrWhiteSpace(input.PhoneNumber) ? null : input.PhoneNumber.Trim());
        user.SetActive(input.IsActive);
    }

    private static void EnsureRolesFit(IEnumerable<string> roleNames, Guid? zoneId)
    {
        foreach (var role in roleNames)
        {
            if (!RoleNames.All.Contains(role))
            {
                throw new BusinessException(TalentReformErrorCodes.UnknownRole, role);
            }

            // The platform admin belongs to no zone; zone roles only make sense inside one.
            if (RoleNames.IsZoneRole(role) == (zoneId is null))
            {
                throw new BusinessException(TalentReformErrorCodes.RoleNotAllowedForUser, role);
            }
        }
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConcurrencyConflictException();
        }

        throw new BusinessException(TalentReformErrorCodes.PasswordRejected, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private async Task<UserDto> ToDtoAsync(AppUser user, CancellationToken cancellationToken) =>
        (await ToDtosAsync([user], cancellationToken)).Single();

    /// <summary>Roles and zone codes of a whole page in two queries, not two per user.</summary>
    private async Task<List<UserDto>> ToDtosAsync(IReadOnlyList<AppUser> page, CancellationToken cancellationToken)
    {
        var userIds = page.Select(u => u.Id).ToList();
        var roleRows = await executer.ToListAsync(
            from link in userRoles.GetQueryable()
            join role in roleManager.Roles on link.RoleId equals role.Id
            where userIds.Contains(link.UserId)
            select new { link.UserId, role.Name },
            cancellationToken);
        var zoneIds = page.Where(u => u.ZoneId != null).Select(u => u.ZoneId!.Value).Distinct().ToList();
        var zoneCodes = (await executer.ToListAsync(zones.GetQueryable().Where(z => zoneIds.Contains(z.Id)), cancellationToken))
            .ToDictionary(z => z.Id, z => z.Code);
        var view = await masking.ForCurrentUserAsync(cancellationToken);
        return page.Select(user => new UserDto(
                user.Id, user.UserName!, user.Name, view.Show<AppUser>(nameof(AppUser.Email), user.Email),
                view.Show<AppUser>(nameof(AppUser.PhoneNumber), user.PhoneNumber), user.ZoneId,
                user.ZoneId is { } zoneId ? zoneCodes.GetValueOrDefault(zoneId) : null,
                user.IsActive, user.LockoutEnd,
                roleRows.Where(r => r.UserId == user.Id).Select(r => r.Name!).Order().ToList(),
                user.ConcurrencyStamp!))
            .ToList();
    }
}
