using TalentReform.Data;

namespace TalentReform.Organization;

/// <summary>
/// The Organization module's side of applying a staffing plan (ADR 0009): stores the units and 领导职数 the plan's
/// changes created or removed. The plan checked them on its whole result; this only writes them.
/// </summary>
public class OrgUnitStructureWriter(IRepository<OrgUnit> units, IRepository<LeadershipQuota> leadershipQuotas)
{
    public Task InsertAsync(OrgUnit unit, CancellationToken cancellationToken = default) => units.InsertAsync(unit, cancellationToken);

    public Task InsertAsync(LeadershipQuota quota, CancellationToken cancellationToken = default) => leadershipQuotas.InsertAsync(quota, cancellationToken);

    public Task DeleteAsync(LeadershipQuota quota, CancellationToken cancellationToken = default) => leadershipQuotas.DeleteAsync(quota, cancellationToken);
}
