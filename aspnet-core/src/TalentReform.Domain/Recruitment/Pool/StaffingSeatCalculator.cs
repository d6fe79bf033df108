using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// One unit×type's seats, with the 编制周转池 apart: the regular quota, the regular slots taken (active appointments
/// not held on a pool slot) and the pool slots in use (active loans). Pool slots never count in the approved total.
/// </summary>
public sealed record UnitSeats(Guid OrgUnitId, StaffingType StaffingType, int RegularQuota, int RegularOccupied, int PoolSlotsInUse)
{
    /// <summary>空编: regular slots not taken.</summary>
    public int Vacant => Math.Max(0, RegularQuota - RegularOccupied);

    /// <summary>Vacancies that belong to the unit's pool users (a regular vacancy goes first to them: the loan is returned).</summary>
    public int OwedToPoolLoans => Math.Min(Vacant, PoolSlotsInUse);
}

/// <summary>Per unit×type seat counts for the seat board, metrics, the plan 空编 check and the pool rules.</summary>
public static class StaffingSeatCalculator
{
    /// <summary>
    /// Seats of every unit×type with a quota, an appointment or a pool loan. <paramref name="loans"/> may hold loans of
    /// any status: only active ones count, and their appointments are taken out of the regular slots.
    /// </summary>
    public static IReadOnlyList<UnitSeats> Compute(StaffingStructure structure, IEnumerable<PoolLoan> loans)
    {
        var active = loans.Where(l => l.Status == PoolLoanStatus.Active).ToList();
        var onPool = active.Where(l => l.AppointmentId is not null).Select(l => l.AppointmentId!.Value).ToHashSet();
        var regular = structure.ActiveAppointments.Where(a => !onPool.Contains(a.Id)).ToList();
        var keys = structure.StaffingQuotas.Select(q => (q.OrgUnitId, q.StaffingType))
            .Concat(regular.Select(a => (a.OrgUnitId, a.StaffingType)))
            .Concat(active.Select(l => (OrgUnitId: l.BorrowingUnitId, l.StaffingType)))
            .Distinct();
        return keys.Select(k => new UnitSeats(
                k.OrgUnitId,
                k.StaffingType,
                structure.StaffingQuotas.Where(q => q.OrgUnitId == k.OrgUnitId && q.StaffingType == k.StaffingType).Sum(q => q.Approved),
                regular.Count(a => a.OrgUnitId == k.OrgUnitId && a.StaffingType == k.StaffingType),
                active.Count(l => l.BorrowingUnitId == k.OrgUnitId && l.StaffingType == k.StaffingType)))
            .ToList();
    }

    /// <summary>The unit×type's seats; all zero when it has no quota, appointment or loan.</summary>
    public static UnitSeats For(IReadOnlyList<UnitSeats> seats, Guid orgUnitId, StaffingType type) =>
        seats.FirstOrDefault(s => s.OrgUnitId == orgUnitId && s.StaffingType == type) ?? new UnitSeats(orgUnitId, type, 0, 0, 0);
}
