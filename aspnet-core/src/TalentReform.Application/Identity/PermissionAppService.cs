using System.Globalization;
using Microsoft.AspNetCore.Identity;
using TalentReform.Data;
using TalentReform.Localization;
using TalentReform.Notifications;
using TalentReform.Permissions;
using TalentReform.Users;

namespace TalentReform.Identity;

/// <summary>Reads and replaces the grants of one role or one user (ABP's permission management).</summary>
public class PermissionAppService(
    IPermissionGrantRepository grants,
    UserManager<AppUser> userManager,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    OversightNotifier oversight) : IPermissionAppService
{
    public async Task<GetPermissionListResultDto> GetAsync(PermissionProviderInput provider, CancellationToken cancellationToken = default)
    {
        var key = await ResolveProviderKeyAsync(provider);
        var granted = await GetGrantedNamesAsync(provider.ProviderName, key, cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        var groups = PermissionDefinitions.All
            .Where(p => !p.IsHostOnly || key.AllowsHostOnly)
            .GroupBy(p => p.Group)
            .Select(g => new PermissionGroupDto(
                g.Key,
                TalentReformResource.Get("PermissionGroup:" + g.Key, culture),
                g.Select(p => new PermissionGrantInfoDto(p.Name, TalentReformResource.Get(p.DisplayNameKey, culture), p.ParentName, granted.Contains(p.Name))).ToList()))
            .ToList();
        return new GetPermissionListResultDto(groups);
    }

    public async Task UpdateAsync(PermissionProviderInput provider, UpdatePermissionsDto input, CancellationToken cancellationToken = default)
    {
        var key = await ResolveProviderKeyAsync(provider);
        foreach (var change in input.Permissions)
        {
            var definition = PermissionDefinitions.All.FirstOrDefault(p => p.Name == change.Name);
            if (definition is null || (definition.IsHostOnly && !key.AllowsHostOnly && change.IsGranted))
            {
                throw new BusinessException(TalentReformErrorCodes.UnknownPermission, change.Name);
            }
        }

        var existing = await executer.ToListAsync(
            grants.GetQueryable().Where(g => g.ProviderName == provider.ProviderName && g.ProviderKey == key.Value), cancellationToken);
        var changes = input.Permissions
            .Where(c => c.IsGranted != existing.Any(g => g.Name == c.Name))
            .DistinctBy(c => c.Name)
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }

        EnsureNotOwnRights(provider, key);
        foreach (var change in changes)
        {
            if (change.IsGranted)
            {
                await grants.InsertAsync(new PermissionGrant(Guid.NewGuid(), change.Name, provider.ProviderName, key.Value), cancellationToken);
            }
            else
            {
                await grants.DeleteAsync(existing.First(g => g.Name == change.Name), cancellationToken);
            }
        }

        // A role's grants hold in every zone; a user's in the user's zone. Their leaders hear of it.
        // The notice names the first few changes (its text has a bounded length); the audit log has them all.
        const int Named = 10;
        var summary = string.Join(", ", changes.Take(Named).Select(c => (c.IsGranted ? "+" : "−") + c.Name))
            + (changes.Count > Named ? $" … (+{changes.Count - Named})" : "");
        await oversight.NotifyLeadersAsync(
            key.ZoneId is { } zoneId ? [zoneId] : provider.ProviderName == PermissionProviderNames.Role ? null : [],
            NotificationKind.PermissionGrantsChanged, [key.DisplayName, currentUser.UserName ?? "-", summary], cancellationToken);
        await grants.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Nobody raises their own rights (不相容岗位分离): not through grants to their own account, nor to a role
    /// they hold — the platform admin included.
    /// </summary>
    private void EnsureNotOwnRights(PermissionProviderInput provider, ProviderKey key)
    {
        if (provider.ProviderName == PermissionProviderNames.User && currentUser.Id is { } me && key.Value == me.ToString())
        {
            throw new BusinessException(TalentReformErrorCodes.CannotChangeOwnGrants);
        }

        if (provider.ProviderName == PermissionProviderNames.Role && currentUser.Roles.Contains(key.Value, StringComparer.OrdinalIgnoreCase))
        {
            throw new BusinessException(TalentReformErrorCodes.CannotChangeGrantsOfOwnRole, key.Value);
        }
    }

    private async Task<HashSet<string>> GetGrantedNamesAsync(string providerName, ProviderKey key, CancellationToken cancellationToken)
    {
        var names = await executer.ToListAsync(
            grants.GetQueryable().Where(g => g.ProviderName == providerName && g.ProviderKey == key.Value).Select(g => g.Name), cancellationToken);
        return names.ToHashSet();
    }

    /// <summary>Validates the provider and tells whether host-only permissions may be granted to it.</summary>
    private async Task<ProviderKey> ResolveProviderKeyAsync(PermissionProviderInput provider)
    {
        switch (provider.ProviderName)
        {
            case PermissionProviderNames.Role:
                if (!RoleNames.All.Contains(provider.ProviderKey))
                {
                    throw new EntityNotFoundException("Entity:Role", provider.ProviderKey);
                }

                return new ProviderKey(provider.ProviderKey, provider.ProviderKey == RoleNames.Admin, provider.ProviderKey, null);
            case PermissionProviderNames.User:
                if (!Guid.TryParse(provider.ProviderKey, out var userId))
                {
                    throw new EntityNotFoundException("Entity:AppUser", provider.ProviderKey);
                }

                using (dataFilter.DisableZoneFilter())
                {
                    var user = await userManager.FindByIdAsync(userId.ToString())
                        ?? throw new EntityNotFoundException("Entity:AppUser", provider.ProviderKey);
                    return new ProviderKey(userId.ToString(), user.ZoneId is null, user.UserName!, user.ZoneId);
                }

            default:
                throw new BusinessException(TalentReformErrorCodes.UnknownPermissionProvider, provider.ProviderName);
        }
    }

    /// <param name="DisplayName">The role's name or the user's user name, for notices.</param>
    /// <param name="ZoneId">The user's zone; null for a role (all zones) and for the platform admin.</param>
    private sealed record ProviderKey(string Value, bool AllowsHostOnly, string DisplayName, Guid? ZoneId);
}
