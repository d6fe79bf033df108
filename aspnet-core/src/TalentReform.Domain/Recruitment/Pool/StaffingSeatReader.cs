using TalentReform.Data;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>A zone's seats per unit×type today, with the active pool loans they were counted with and the zone's posts.</summary>
public sealed record ZoneSeats(IReadOnlyList<UnitSeats> Seats, IReadOnlyList<PoolLoan> ActiveLoans, IReadOnlyList<Post> Posts)
{
    public UnitSeats For(Guid orgUnitId, StaffingType type) => StaffingSeatCalculator.For(Seats, orgUnitId, type);
}

/// <summary>
/// Reads a zone's seats (Staffing's quotas and appointments with the 编制周转池's active loans apart): the read model
/// for the seat board and metrics, and the 空编 the plan check and the pool rules use.
/// </summary>
public class StaffingSeatReader(IStaffingQueries staffing, IRepository<PoolLoan> loans, IAsyncQueryableExecuter executer)
{
    public async Task<ZoneSeats> ReadAsync(Guid zoneId, CancellationToken cancellationToken = default)
    {
        var structure = await staffing.LoadZoneAsync(zoneId, tracked: false, cancellationToken);
        var active = await executer.ToListAsync(
            loans.GetQueryable().Where(l => l.ZoneId == zoneId && l.Status == PoolLoanStatus.Active), cancellationToken);
        return new ZoneSeats(StaffingSeatCalculator.Compute(structure, active), active, structure.Posts);
    }
}
