using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Authentication;

/// <summary>What every authenticated request is checked against: the user as stored now.</summary>
public sealed record UserSessionState(string? SecurityStamp, bool IsActive, Guid? ZoneId, IReadOnlyList<string> Roles);

/// <summary>Configuration section <c>Auth:Sessions</c>.</summary>
public sealed class UserSessionOptions
{
    public const string Section = "Auth:Sessions";

    /// <summary>
    /// How long a user's state is reused before it is read again. Changes made through this instance evict it at
    /// once; on several instances another instance's change is seen within this time.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int StateCacheSeconds { get; set; } = 30;
}

/// <summary>
/// The users' current state, cached briefly per user. <see cref="UserSessionStateInvalidator"/> evicts a user
/// whenever a save touches the user or their role memberships, so on one instance a change applies to the very
/// next request.
/// </summary>
public sealed class UserSessionStates(IOptions<UserSessionOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    // Bumped by every eviction: a state read from the database while an eviction happened may already be stale,
    // so it serves its own request but is not cached.
    private long _generation;

    public async Task<UserSessionState?> GetAsync(Guid userId, TalentReformDbContext db, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(userId, out UserSessionState? cached))
        {
            return cached;
        }

        var generation = Interlocked.Read(ref _generation);
        var state = await LoadAsync(userId, db, cancellationToken);
        if (Interlocked.Read(ref _generation) == generation && options.Value.StateCacheSeconds > 0)
        {
            _cache.Set(userId, state, TimeSpan.FromSeconds(options.Value.StateCacheSeconds));
        }

        return state;
    }

    public void Evict(IEnumerable<Guid> userIds)
    {
        Interlocked.Increment(ref _generation);
        foreach (var userId in userIds)
        {
            _cache.Remove(userId);
        }
    }

    public void EvictAll()
    {
        Interlocked.Increment(ref _generation);
        _cache.Compact(1.0);
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>Before the request knows its user, hence without the zone filter.</summary>
    private static async Task<UserSessionState?> LoadAsync(Guid userId, TalentReformDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.IsActive, u.ZoneId })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (
                from link in db.UserRoles.AsNoTracking()
                join role in db.Roles.AsNoTracking() on link.RoleId equals role.Id
                where link.UserId == userId
                select role.Name!)
            .ToListAsync(cancellationToken);
        return new UserSessionState(user.SecurityStamp, user.IsActive, user.ZoneId, roles.Order(StringComparer.Ordinal).ToList());
    }
}
