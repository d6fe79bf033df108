using Microsoft.EntityFrameworkCore;
using TalentReform.EntityFrameworkCore;
using TalentReform.Identity;

namespace TalentReform.Planning.Approval;

/// <summary>Resolves approvers from the Identity tables; only active users of the zone count.</summary>
public class ApproverDirectory(TalentReformDbContext dbContext) : IApproverDirectory
{
    public async Task<IReadOnlyList<Guid>> GetUsersInRoleAsync(Guid zoneId, string roleName, CancellationToken cancellationToken = default)
    {
        var normalized = roleName.ToUpperInvariant();
        return await (
                from user in dbContext.Users.IgnoreQueryFilters()
                join link in dbContext.UserRoles on user.Id equals link.UserId
                join role in dbContext.Roles on link.RoleId equals role.Id
                where user.ZoneId == zoneId && user.IsActive && role.NormalizedName == normalized
                orderby user.UserName
                select user.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> FilterZoneUsersAsync(Guid zoneId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.ToList();
        var found = await dbContext.Users.IgnoreQueryFilters()
            .Where(u => u.ZoneId == zoneId && u.IsActive && ids.Contains(u.Id))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);

        // Keep the route's order of the users.
        return ids.Where(found.Contains).ToList();
    }

    public Task<bool> RoleExistsAsync(string roleName, CancellationToken cancellationToken = default)
    {
        var normalized = roleName.ToUpperInvariant();
        return dbContext.Roles.AnyAsync(r => r.NormalizedName == normalized, cancellationToken);
    }

    public Task<bool> RoleHoldsPermissionAsync(string roleName, string permission, CancellationToken cancellationToken = default) =>
        dbContext.PermissionGrants.AnyAsync(
            g => g.ProviderName == PermissionProviderNames.Role && g.ProviderKey == roleName && g.Name == permission, cancellationToken);

    public async Task<IReadOnlyList<Guid>> FilterUsersWithoutPermissionAsync(
        IReadOnlyCollection<Guid> userIds, string permission, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        var keys = ids.Select(id => id.ToString()).ToList();
        var rolesWith = dbContext.PermissionGrants
            .Where(g => g.ProviderName == PermissionProviderNames.Role && g.Name == permission)
            .Select(g => g.ProviderKey);
        var viaRole = await (
                from link in dbContext.UserRoles
                join role in dbContext.Roles on link.RoleId equals role.Id
                where ids.Contains(link.UserId) && rolesWith.Contains(role.Name!)
                select link.UserId)
            .ToListAsync(cancellationToken);
        var viaGrant = await dbContext.PermissionGrants
            .Where(g => g.ProviderName == PermissionProviderNames.User && g.Name == permission && keys.Contains(g.ProviderKey))
            .Select(g => g.ProviderKey)
            .ToListAsync(cancellationToken);
        return ids.Where(id => !viaRole.Contains(id) && !viaGrant.Contains(id.ToString())).ToList();
    }

    public async Task<IReadOnlyList<string>> GetNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.ToList();
        var names = await dbContext.Users.IgnoreQueryFilters()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Name })
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return ids.Select(id => names.GetValueOrDefault(id) ?? id.ToString()).ToList();
    }
}
