using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Planning;

namespace TalentReform.Staffing;

/// <summary>
/// The Organization and Staffing modules' side of <see cref="IZoneStructureSource"/>: one query per kind of
/// aggregate, filtered on the zone explicitly (the apply job runs without a signed-in user).
/// </summary>
public class ZoneStructureSource(
    IRepository<OrgUnit> units,
    IRepository<LeadershipQuota> leadershipQuotas,
    IRepository<StaffingQuota> staffingQuotas,
    IRepository<ZoneStaffingQuota> zoneTotals,
    IRepository<Post> posts,
    IRepository<Appointment> appointments,
    IRepository<Person> persons,
    IRepository<StaffingMixRule> mixRules,
    IAsyncQueryableExecuter executer,
    TimeProvider clock) : IZoneStructureSource
{
    public async Task<ZoneStructure> LoadAsync(Guid zoneId, DateOnly effectiveDate, bool tracked, CancellationToken cancellationToken = default)
    {
        IQueryable<T> Of<T>(IRepository<T> repository)
            where T : class => tracked ? repository.GetQueryable() : repository.GetDetachedQueryable();

        return new ZoneStructure(
            zoneId,
            effectiveDate,
            await executer.ToListAsync(Of(units).Where(u => u.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(Of(leadershipQuotas).Where(q => q.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(Of(staffingQuotas).Where(q => q.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(Of(zoneTotals).Where(t => t.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(Of(posts).Where(p => p.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(Of(appointments).Where(a => a.ZoneId == zoneId && a.EndedOn == null), cancellationToken),
            await executer.ToListAsync(persons.GetDetachedQueryable().Where(p => p.ZoneId == zoneId), cancellationToken),
            await executer.ToListAsync(Of(mixRules).Where(r => r.ZoneId == zoneId), cancellationToken))
        {
            Now = clock.GetUtcNow(),
        };
    }
}
