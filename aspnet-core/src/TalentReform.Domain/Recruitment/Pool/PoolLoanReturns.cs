using TalentReform.Data;

namespace TalentReform.Recruitment;

/// <summary>
/// "人走编收、有编即还": when a borrowing unit has a regular vacancy of the type, its active loans are returned at once,
/// the earliest first (FIFO by start), as many as it has vacancies: the person moves onto the regular slot (through
/// <see cref="IPoolSeatMover"/>) and the pool slot comes back. Also finds loans past their term for review.
/// </summary>
public class PoolLoanReturns(StaffingSeatReader seatReader, IRepository<StaffingPoolSlot> slots, IPoolSeatMover mover)
{
    /// <summary>The active loans the units' current 空编 oblige to return, earliest first per unit×type.</summary>
    public static IReadOnlyList<PoolLoan> DueForReturn(IReadOnlyList<PoolLoan> loans, IReadOnlyList<UnitSeats> seats) =>
        loans.Where(l => l.Status == PoolLoanStatus.Active)
            .GroupBy(l => (l.BorrowingUnitId, l.StaffingType))
            .SelectMany(g => g.OrderBy(l => l.StartedOn).ThenBy(l => l.CreationTime)
                .Take(StaffingSeatCalculator.For(seats, g.Key.BorrowingUnitId, g.Key.StaffingType).Vacant))
            .ToList();

    /// <summary>Active loans past their 周转期 on <paramref name="today"/>, for the 编办's review.</summary>
    public static IReadOnlyList<PoolLoan> Overdue(IEnumerable<PoolLoan> loans, DateOnly today) =>
        loans.Where(l => l.IsOverdue(today)).OrderBy(l => l.TermEnd).ToList();

    public async Task<IReadOnlyList<PoolLoan>> FindDueAsync(Guid zoneId, CancellationToken cancellationToken = default)
    {
        var seats = await seatReader.ReadAsync(zoneId, cancellationToken);
        return DueForReturn(seats.ActiveLoans, seats.Seats);
    }

    /// <summary>Returns every loan due in the zone on <paramref name="on"/>; the loans and slots are changed in the unit of work.</summary>
    public async Task<IReadOnlyList<PoolLoan>> ReturnDueAsync(Guid zoneId, DateOnly on, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var due = await FindDueAsync(zoneId, cancellationToken);
        foreach (var loan in due)
        {
            await MoveBackAsync(loan, on, now, cancellationToken);
        }

        return due;
    }

    /// <summary>
    /// Returns one active loan now; refused unless a regular vacancy of its unit is its turn (earlier loans of the unit
    /// take the vacancies first).
    /// </summary>
    public async Task ReturnAsync(PoolLoan loan, DateOnly on, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        loan.EnsureMayReturn();
        var seats = await seatReader.ReadAsync(loan.ZoneId!.Value, cancellationToken);
        if (DueForReturn(seats.ActiveLoans, seats.Seats).All(l => l.Id != loan.Id))
        {
            var unit = seats.For(loan.BorrowingUnitId, loan.StaffingType);
            throw BusinessException.Conflict(TalentReformErrorCodes.PoolLoanNoRegularVacancy, loan.UnitName, unit.RegularQuota, unit.RegularOccupied);
        }

        await MoveBackAsync(loan, on, now, cancellationToken);
    }

    private async Task MoveBackAsync(PoolLoan loan, DateOnly on, DateTimeOffset now, CancellationToken cancellationToken)
    {
        loan.EnsureMayReturn();
        var seat = await mover.MoveToRegularSlotAsync(loan, on, cancellationToken);
        var slot = await slots.GetAsync(loan.SlotId, cancellationToken);
        loan.Return(on, seat, now);
        slot.TakeBack(loan.Id);
    }
}
