using TalentReform.Data;

namespace TalentReform.Organization;

/// <summary>
/// <see cref="IOrgUnitQueries"/> on the module's own repositories, filtered on the zone explicitly (the apply job
/// runs without a signed-in user).
/// </summary>
public class OrgUnitQueries(IRepository<OrgUnit> units, IRepository<LeadershipQuota> leadershipQuotas, IAsyncQueryableExecuter executer) : IOrgUnitQueries
{
    public async Task<OrgUnitStructure> LoadZoneAsync(Guid zoneId, bool tracked, CancellationToken cancellationToken = default) =>
        new(
            await executer.ToListAsync(units.Queryable(tracked).Where(u => u.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(leadershipQuotas.Queryable(tracked).Where(q => q.ZoneId == zoneId), cancellationToken));

    public async Task<Dictionary<Guid, (string Zh, string En)>> GetNamesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await executer.ToListAsync(units.GetDetachedQueryable().Select(u => new { u.Id, u.NameZh, u.NameEn }), cancellationToken);
        return rows.ToDictionary(u => u.Id, u => (u.NameZh, u.NameEn));
    }
}
