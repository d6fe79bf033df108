using System.Globalization;
using Microsoft.AspNetCore.Identity;
using TalentReform.Data;
using TalentReform.Localization;
using TalentReform.Permissions;

namespace TalentReform.Identity;

/// <summary>Reads and replaces the grants of one role or one user (ABP's permission management).</summary>
public class PermissionAppService(
    IPermissionGrantRepository grants,
    UserManager<AppUser> userManager,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer) : IPermissionAppService
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
        foreach (var change in input.Permissions)
        {
            var grant = existing.FirstOrDefault(g => g.Name == change.Name);
            if (change.IsGranted && grant is null)
            {
                await grants.InsertAsync(new PermissionGrant(Guid.NewGuid(), change.Name, provider.ProviderName, key.Value), cancellationToken);
            }
            else if (!change.IsGranted && grant is not null)
            {
                await grants.DeleteAsync(grant, cancellationToken);
            }
        }

        await grants.SaveChangesAsync(cancellationToken);
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

                return new ProviderKey(provider.ProviderKey, provider.ProviderKey == RoleNames.Admin);
            case PermissionProviderNames.User:
                if (!Guid.TryParse(provider.ProviderKey, out var userId))
                {
                    throw new EntityNotFoundException("Entity:AppUser", provider.ProviderKey);
                }

                using (dataFilter.DisableZoneFilter())
                {
                    var user = await userManager.FindByIdAsync(userId.ToString())
                        ?? throw new EntityNotFoundException("Entity:AppUser", provider.ProviderKey);
                    return new ProviderKey(userId.ToString(), user.ZoneId is null);
                }

            default:
                throw new BusinessException(TalentReformErrorCodes.UnknownPermissionProvider, provider.ProviderName);
        }
    }

    private sealed record ProviderKey(string Value, bool AllowsHostOnly);
}
