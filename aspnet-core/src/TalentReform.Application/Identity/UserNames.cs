using TalentReform.Data;

namespace TalentReform.Identity;

public static class UserNames
{
    /// <summary>The display names of these users, in one query (ids without a user are left out).</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(
        this IRepository<AppUser> users, IAsyncQueryableExecuter executer, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var rows = await executer.ToListAsync(users.GetDetachedQueryable().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.Name }), cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Name);
    }
}
