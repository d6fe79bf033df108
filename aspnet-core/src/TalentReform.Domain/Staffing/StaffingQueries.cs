using TalentReform.Data;

namespace TalentReform.Staffing;

/// <summary>
/// <see cref="IStaffingQueries"/> on the module's own repositories, filtered on the zone explicitly (the apply job
/// runs without a signed-in user).
/// </summary>
public class StaffingQueries(
    IRepository<StaffingQuota> staffingQuotas,
    IRepository<ZoneStaffingQuota> zoneTotals,
    IRepository<Post> posts,
    IRepository<Appointment> appointments,
    IRepository<Person> persons,
    IRepository<StaffingMixRule> mixRules,
    IAsyncQueryableExecuter executer) : IStaffingQueries
{
    public async Task<StaffingStructure> LoadZoneAsync(Guid zoneId, bool tracked, CancellationToken cancellationToken = default) =>
        new(
            await executer.ToListAsync(staffingQuotas.Queryable(tracked).Where(q => q.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(zoneTotals.Queryable(tracked).Where(t => t.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(posts.Queryable(tracked).Where(p => p.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(appointments.Queryable(tracked).Where(a => a.ZoneId == zoneId && a.EndedOn == null), cancellationToken),
            await executer.ToListAsync(persons.GetDetachedQueryable().Where(p => p.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(mixRules.Queryable(tracked).Where(r => r.ZoneId == zoneId), cancellationToken));

    public async Task<Dictionary<Guid, (string Code, string TitleZh)>> GetPostNamesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await executer.ToListAsync(posts.GetDetachedQueryable().Select(p => new { p.Id, p.Code, p.TitleZh }), cancellationToken);
        return rows.ToDictionary(p => p.Id, p => (p.Code, p.TitleZh));
    }

    public async Task<Dictionary<Guid, string>> GetPersonNamesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await executer.ToListAsync(persons.GetDetachedQueryable().Select(p => new { p.Id, p.Name }), cancellationToken);
        return rows.ToDictionary(p => p.Id, p => p.Name);
    }
}
