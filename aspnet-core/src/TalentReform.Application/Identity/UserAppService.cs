using Microsoft.AspNetCore.Identity;
using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Notifications;
using TalentReform.Permissions;
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
    PermissionChecker permissions,
    OversightNotifier oversight,
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
        var roles = input.RoleNames.Distinct().ToList();
        await EnsureMayAssignRolesAsync(roles, cancellationToken);

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
        ThrowIfFailed(await userManager.AddToRolesAsync(user, roles));
        await NotifyRolesChangedAsync(user, [], roles, cancellationToken);
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
            var current = await userManager.GetRolesAsync(user);
            var wanted = input.RoleNames.Distinct().ToList();
            var rolesChange = !current.ToHashSet().SetEquals(wanted);
            if (rolesChange)
            {
                // Checked before anything is saved: a refused role change leaves the user untouched.
                if (user.Id == currentUser.Id)
                {
                    throw new BusinessException(TalentReformErrorCodes.CannotChangeOwnRoles);
                }

                await EnsureMayAssignRolesAsync(current.Except(wanted).Union(wanted.Except(current)), cancellationToken);
            }

            Apply(user, input);
            ThrowIfFailed(await userManager.UpdateAsync(user));
            if (!string.IsNullOrEmpty(input.Password))
            {
                var token = await userManager.GeneratePasswordResetTokenAsync(user);
                ThrowIfFailed(await userManager.ResetPasswordAsync(user, token, input.Password));
            }

            if (rolesChange)
            {
                ThrowIfFailed(await userManager.RemoveFromRolesAsync(user, current.Except(wanted)));
                ThrowIfFailed(await userManager.AddToRolesAsync(user, wanted.Except(current)));
                await NotifyRolesChangedAsync(user, [.. current], wanted, cancellationToken);
            }

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

    /// <summary>
    /// Giving or taking roles is a right of its own (不相容岗位分离): managing accounts must not let anyone make
    /// approvers, so Users.Create/Update alone give or take only the self-service roles (a talent's portal).
    /// </summary>
    private async Task EnsureMayAssignRolesAsync(IEnumerable<string> givenOrTaken, CancellationToken cancellationToken)
    {
        if (givenOrTaken.Any(r => !RoleNames.SelfService.Contains(r))
            && !await permissions.IsGrantedAsync(TalentReformPermissions.Users.AssignRoles, cancellationToken))
        {
            throw new BusinessException(TalentReformErrorCodes.RoleAssignmentNotPermitted);
        }
    }

    /// <summary>
    /// The zone's leaders hear of every change of rights over others in their zone: a role other than the
    /// self-service ones given or taken (the audit log has every membership row).
    /// </summary>
    private async Task NotifyRolesChangedAsync(AppUser user, IReadOnlyCollection<string> before, IReadOnlyCollection<string> after, CancellationToken cancellationToken)
    {
        var givenOrTaken = before.Except(after).Union(after.Except(before));
        if (user.ZoneId is not { } zoneId || givenOrTaken.All(RoleNames.SelfService.Contains))
        {
            return;
        }

        static string List(IReadOnlyCollection<string> roles) => roles.Count == 0 ? "-" : string.Join(", ", roles.Order(StringComparer.Ordinal));
        await oversight.NotifyLeadersAsync(
            [zoneId], NotificationKind.UserRolesChanged, [user.UserName!, currentUser.UserName ?? "-", List(before), List(after)], cancellationToken);
        await users.SaveChangesAsync(cancellationToken);
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
        return page.Select(user => user.ToDto(
                view.Show<AppUser>(nameof(AppUser.Email), user.Email),
                view.Show<AppUser>(nameof(AppUser.PhoneNumber), user.PhoneNumber),
                user.ZoneId is { } zoneId ? zoneCodes.GetValueOrDefault(zoneId) : null,
                roleRows.Where(r => r.UserId == user.Id).Select(r => r.Name!).Order().ToList()))
            .ToList();
    }
}
