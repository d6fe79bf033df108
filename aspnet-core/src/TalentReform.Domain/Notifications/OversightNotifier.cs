using Microsoft.AspNetCore.Identity;
using TalentReform.Data;
using TalentReform.Identity;

namespace TalentReform.Notifications;

/// <summary>
/// Tells a zone's leaders about changes to who may do what — roles, permission grants, approval routes — so
/// that a change of rights never goes unseen (不相容岗位分离: the one who changes rights is not the only one who
/// knows). The notices are added to the unit of work; the caller saves them with its change.
/// </summary>
public class OversightNotifier(
    IRepository<Notification> notifications,
    IRepository<AppUser> users,
    IRepository<AppRole> roles,
    IRepository<IdentityUserRole<Guid>> userRoles,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    /// <summary>Notifies the active leaders of <paramref name="zoneIds"/>, or of every zone when null (a role's grants hold in all zones).</summary>
    public async Task NotifyLeadersAsync(
        IReadOnlyCollection<Guid>? zoneIds, NotificationKind kind, IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        using var _ = dataFilter.DisableZoneFilter();
        var leaderRole = RoleNames.Leader.ToUpperInvariant();
        var query =
            from user in users.GetQueryable()
            join link in userRoles.GetQueryable() on user.Id equals link.UserId
            join role in roles.GetQueryable() on link.RoleId equals role.Id
            where role.NormalizedName == leaderRole && user.IsActive && user.ZoneId != null
            select new { user.Id, ZoneId = user.ZoneId!.Value };
        if (zoneIds is not null)
        {
            var ids = zoneIds.ToList();
            query = query.Where(l => ids.Contains(l.ZoneId));
        }

        var now = clock.GetUtcNow();
        foreach (var leader in await executer.ToListAsync(query, cancellationToken))
        {
            await notifications.InsertAsync(new Notification(Guid.NewGuid(), leader.ZoneId, leader.Id, kind, null, args, now), cancellationToken);
        }
    }
}
