using TalentReform.Data;

namespace TalentReform.Talents;

public static class ProfileNames
{
    /// <summary>The names of these talent profiles, in one query.</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(
        this IRepository<TalentProfile> profiles, IAsyncQueryableExecuter executer, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var rows = await executer.ToListAsync(profiles.GetDetachedQueryable().Where(p => wanted.Contains(p.Id)).Select(p => new { p.Id, p.Name }), cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Name);
    }
}
