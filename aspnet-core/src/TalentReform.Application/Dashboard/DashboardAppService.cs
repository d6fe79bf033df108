using Microsoft.AspNetCore.Identity;
using TalentReform.Account;
using TalentReform.Auditing;
using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Identity;
using TalentReform.Permissions;
using TalentReform.Users;
using TalentReform.Zones;

namespace TalentReform.Dashboard;

/// <summary>
/// Real figures of what exists so far. A zone user sees their zone; the platform admin sees the totals
/// over all zones.
/// </summary>
public class DashboardAppService(
    ICurrentUser currentUser,
    IZoneRepository zones,
    IRepository<AppUser> users,
    RoleManager<AppRole> roleManager,
    IRepository<IdentityUserRole<Guid>> userRoles,
    IAuditLogAppService auditLogs,
    PermissionChecker permissionChecker,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer) : IDashboardAppService
{
    private const int RecentAuditLogCount = 10;

    public async Task<DashboardDto> GetAsync(CancellationToken cancellationToken = default)
    {
        var zone = currentUser.ZoneId is { } zoneId ? await zones.GetAsync(zoneId, cancellationToken) : null;
        // Recent changes only for those who may read the audit log.
        IReadOnlyList<AuditLogDto> recent = await permissionChecker.IsGrantedAsync(TalentReformPermissions.AuditLogs, cancellationToken)
            ? (await auditLogs.GetListAsync(new GetAuditLogsInput { MaxResultCount = RecentAuditLogCount }, cancellationToken)).Items
            : [];
        using (zone is null ? dataFilter.DisableZoneFilter() : null)
        {
            var zoneUsers = users.GetQueryable();
            var userCount = await executer.CountAsync(zoneUsers, cancellationToken);
            var countsQuery =
                from userRole in userRoles.GetQueryable()
                join user in zoneUsers on userRole.UserId equals user.Id
                join role in roleManager.Roles on userRole.RoleId equals role.Id
                group userRole by role.Name into g
                select new RoleCountDto(g.Key!, g.Count());
            var counts = await executer.ToListAsync(countsQuery, cancellationToken);
            var byRole = RoleNames.All
                .Select(name => counts.FirstOrDefault(c => c.RoleName == name) ?? new RoleCountDto(name, 0))
                .Where(c => zone is null || c.RoleName != RoleNames.Admin)
                .ToList();
            var zoneCount = await executer.CountAsync(zones.GetQueryable(), cancellationToken);
            return new DashboardDto(
                zone?.ToCurrentZoneDto(),
                zone is null ? zoneCount : 1,
                userCount,
                byRole,
                recent);
        }
    }
}
