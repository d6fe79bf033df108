using TalentReform.Data;
using TalentReform.Localization;

namespace TalentReform.Recruitment;

/// <summary>
/// The 周转编制 rules across aggregates: a unit with any 空编 of the type may not borrow (checked when asked and again
/// when submitted), one slot serves one open loan, the slot is lent when the hire takes it and comes back to the pool
/// when the person leaves.
/// </summary>
public class PoolLoanManager(StaffingSeatReader seatReader, IRepository<PoolLoan> loans)
{
    /// <summary>A draft loan of <paramref name="slot"/> (not inserted).</summary>
    public async Task<PoolLoan> CreateAsync(
        Guid zoneId, string number, StaffingPoolSlot slot, PoolLoanRequest request, PoolLoanPolicy policy, Guid creatorId, string creatorName,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var loan = new PoolLoan(Guid.NewGuid(), zoneId, number, slot, request, policy, creatorId, creatorName, now);
        await EnsureMayBorrowAsync(loan, slot, policy, cancellationToken);
        return loan;
    }

    /// <summary>Checks again (the unit may have gained a vacancy, the slot another loan), then marks the loan requested for the approval engine.</summary>
    public async Task SubmitAsync(PoolLoan loan, StaffingPoolSlot slot, PoolLoanPolicy policy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await EnsureMayBorrowAsync(loan, slot, policy, cancellationToken);
        loan.Submit(now);
    }

    /// <summary>The approved loan's hire is on the pool slot through <paramref name="appointmentId"/> from <paramref name="on"/>.</summary>
    public static void Activate(PoolLoan loan, StaffingPoolSlot slot, Guid appointmentId, Guid personId, DateOnly on, DateTimeOffset now)
    {
        EnsureSlotOfLoan(loan, slot);
        slot.EnsureFree();
        loan.Activate(appointmentId, personId, on, now);
        slot.Lend(loan.Id);
    }

    /// <summary>The person left (appointment ended): the loan ends and the slot goes back to the pool (人走编收).</summary>
    public static void Release(PoolLoan loan, StaffingPoolSlot slot, DateOnly on, string reason, DateTimeOffset now)
    {
        EnsureSlotOfLoan(loan, slot);
        loan.Release(on, reason, now);
        slot.TakeBack(loan.Id);
    }

    private async Task EnsureMayBorrowAsync(PoolLoan loan, StaffingPoolSlot slot, PoolLoanPolicy policy, CancellationToken cancellationToken)
    {
        EnsureSlotOfLoan(loan, slot);
        var others = await loans.AnyAsync(
            l => l.SlotId == slot.Id && l.Id != loan.Id
                 && (l.Status == PoolLoanStatus.Requested || l.Status == PoolLoanStatus.Approved || l.Status == PoolLoanStatus.Active),
            cancellationToken);
        if (others || slot.Status != StaffingPoolSlotStatus.Free)
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.PoolSlotHasOpenLoan, slot.Code);
        }

        if (!policy.RefuseUnitWithVacancy)
        {
            return;
        }

        var seats = await seatReader.ReadAsync(loan.ZoneId!.Value, cancellationToken);
        EnsureNoVacancy(loan, seats.For(loan.BorrowingUnitId, loan.StaffingType));
    }

    /// <summary>"有空编的单位不得使用周转编制": refused with the unit's numbers while it has any 空编 of the type.</summary>
    public static void EnsureNoVacancy(PoolLoan loan, UnitSeats seats)
    {
        if (seats.Vacant > 0)
        {
            throw new BusinessException(
                TalentReformErrorCodes.PoolLoanUnitHasVacancy, loan.UnitName, LocalizedEnum.Of(loan.StaffingType), seats.RegularQuota, seats.RegularOccupied,
                seats.Vacant);
        }
    }

    private static void EnsureSlotOfLoan(PoolLoan loan, StaffingPoolSlot slot)
    {
        if (slot.Id != loan.SlotId || slot.ZoneId != loan.ZoneId)
        {
            throw new ArgumentException($"The slot {slot.Id} is not the loan's slot {loan.SlotId}.", nameof(slot));
        }
    }
}
