using TalentReform.Data;
using TalentReform.Localization;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>
/// 编制 rules across aggregates: one quota per unit and type, never below the occupied slots, and the
/// units' quotas of a type never above the zone total of that type.
/// </summary>
public class StaffingQuotaManager(
    IRepository<StaffingQuota> quotas,
    IRepository<ZoneStaffingQuota> zoneTotals,
    IRepository<Appointment> appointments,
    OrgUnitManager orgUnits,
    IAsyncQueryableExecuter executer)
{
    public async Task<StaffingQuota> CreateAsync(Guid zoneId, Guid orgUnitId, StaffingType type, int approved, CancellationToken cancellationToken = default)
    {
        var unit = await orgUnits.GetActiveAsync(orgUnitId, cancellationToken);
        if (await quotas.AnyAsync(q => q.OrgUnitId == orgUnitId && q.StaffingType == type, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.StaffingQuotaAlreadyExists, unit.NameZh, LocalizedEnum.Of(type));
        }

        await EnsureWithinZoneTotalAsync(type, approved, null, cancellationToken);
        return new StaffingQuota(Guid.NewGuid(), zoneId, orgUnitId, type, approved);
    }

    public async Task SetApprovedAsync(StaffingQuota quota, int approved, CancellationToken cancellationToken = default)
    {
        await EnsureWithinZoneTotalAsync(quota.StaffingType, approved, quota.Id, cancellationToken);
        quota.SetApproved(approved, await CountOccupiedAsync(quota.OrgUnitId, quota.StaffingType, cancellationToken));
    }

    /// <summary>Creates or changes the zone total of a type; refused below what units already hold.</summary>
    public async Task<ZoneStaffingQuota> SetZoneTotalAsync(Guid zoneId, StaffingType type, int approved, CancellationToken cancellationToken = default)
    {
        var allocated = await SumUnitQuotasAsync(type, null, cancellationToken);
        var total = await FindZoneTotalAsync(type, cancellationToken);
        if (total is null)
        {
            total = new ZoneStaffingQuota(Guid.NewGuid(), zoneId, type, 0);
            await zoneTotals.InsertAsync(total, cancellationToken);
        }

        total.SetApproved(approved, allocated);
        return total;
    }

    public Task<int> CountOccupiedAsync(Guid orgUnitId, StaffingType type, CancellationToken cancellationToken = default) =>
        executer.CountAsync(
            appointments.GetQueryable().Where(a => a.OrgUnitId == orgUnitId && a.StaffingType == type && a.EndedOn == null), cancellationToken);

    public async Task<int> GetApprovedAsync(Guid orgUnitId, StaffingType type, CancellationToken cancellationToken = default) =>
        (await FindAsync(orgUnitId, type, cancellationToken))?.Approved ?? 0;

    public Task<StaffingQuota?> FindAsync(Guid orgUnitId, StaffingType type, CancellationToken cancellationToken = default) =>
        executer.FirstOrDefaultAsync(quotas.GetQueryable().Where(q => q.OrgUnitId == orgUnitId && q.StaffingType == type), cancellationToken);

    public Task<ZoneStaffingQuota?> FindZoneTotalAsync(StaffingType type, CancellationToken cancellationToken = default) =>
        executer.FirstOrDefaultAsync(zoneTotals.GetQueryable().Where(t => t.StaffingType == type), cancellationToken);

    public async Task<int> SumUnitQuotasAsync(StaffingType type, Guid? exceptQuotaId, CancellationToken cancellationToken = default)
    {
        var approved = await executer.ToListAsync(
            quotas.GetQueryable().Where(q => q.StaffingType == type && q.Id != exceptQuotaId).Select(q => q.Approved), cancellationToken);
        return approved.Sum();
    }

    private async Task EnsureWithinZoneTotalAsync(StaffingType type, int approved, Guid? exceptQuotaId, CancellationToken cancellationToken)
    {
        var zoneTotal = (await FindZoneTotalAsync(type, cancellationToken))?.Approved ?? 0;
        var sum = await SumUnitQuotasAsync(type, exceptQuotaId, cancellationToken) + approved;
        ZoneStaffingQuota.EnsureWithinTotal(type, zoneTotal, sum);
    }
}
