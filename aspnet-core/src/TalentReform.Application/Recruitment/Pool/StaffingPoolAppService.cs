using System.Globalization;
using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Users;

namespace TalentReform.Recruitment;

/// <summary>
/// The zone's 编制周转池: named slots; loans requested for a named hire, approved through the approval engine, seated
/// on the slot, returned onto a regular slot when the unit has a vacancy (history kept) or released when the person
/// leaves; and the seats per unit with the pool apart.
/// </summary>
public class StaffingPoolAppService(
    IRepository<StaffingPoolSlot> slots,
    IRepository<PoolLoan> loans,
    IRepository<ApprovalProcess> processes,
    PoolLoanManager manager,
    PoolLoanReturns returns,
    PoolSeats seats,
    StaffingSeatReader seatReader,
    ApprovalEngine engine,
    OrgUnitManager orgUnits,
    ISequenceNumbers sequences,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IStaffingPoolAppService
{
    /// <summary>The zone's rules where practice varies; the default until zones configure their own.</summary>
    private static readonly PoolLoanPolicy Policy = PoolLoanPolicy.Default;

    public async Task<ListResultDto<StaffingPoolSlotDto>> GetSlotsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await executer.ToListAsync(slots.GetDetachedQueryable().OrderBy(s => s.Code), cancellationToken);
        return new ListResultDto<StaffingPoolSlotDto>(rows.Select(StaffingPoolDtos.ToDto).ToList());
    }

    public async Task<StaffingPoolSlotDto> CreateSlotAsync(StaffingPoolSlotInput input, CancellationToken cancellationToken = default)
    {
        var slot = new StaffingPoolSlot(Guid.NewGuid(), currentUser.GetZoneIdOrThrow(), input.Code, input.Name, input.SourceNote, clock.GetUtcNow());
        await slots.InsertAsync(slot, cancellationToken);
        await slots.SaveChangesAsync(cancellationToken);
        return StaffingPoolDtos.ToDto(slot);
    }

    public async Task<StaffingPoolSlotDto> UpdateSlotAsync(Guid id, UpdateStaffingPoolSlotDto input, CancellationToken cancellationToken = default)
    {
        var slot = await slots.GetAsync(id, cancellationToken);
        slot.ConcurrencyStamp = input.ConcurrencyStamp;
        slot.Describe(input.Code, input.Name, input.SourceNote);
        await slots.SaveChangesAsync(cancellationToken);
        return StaffingPoolDtos.ToDto(slot);
    }

    /// <summary>Only a slot no loan ever named (so a free one): a slot's loans are its history.</summary>
    public async Task DeleteSlotAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var slot = await slots.GetAsync(id, cancellationToken);
        if (await loans.AnyAsync(l => l.SlotId == id, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.PoolSlotHasLoans, slot.Code);
        }

        await slots.DeleteAsync(slot, cancellationToken);
        await slots.SaveChangesAsync(cancellationToken);
    }

    public async Task<PagedResultDto<PoolLoanDto>> GetLoansAsync(GetPoolLoansInput input, CancellationToken cancellationToken = default)
    {
        var query = loans.GetDetachedQueryable();
        if (input.Status is { } status)
        {
            query = query.Where(l => l.Status == status);
        }

        if (input.SlotId is { } slotId)
        {
            query = query.Where(l => l.SlotId == slotId);
        }

        if (input.BorrowingUnitId is { } unitId)
        {
            query = query.Where(l => l.BorrowingUnitId == unitId);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(
            query.OrderByDescending(l => l.CreationTime).ThenBy(l => l.Number).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<PoolLoanDto>(total, await ToDtosAsync(page, cancellationToken));
    }

    public async Task<PoolLoanDto> GetLoanAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await loans.GetAsync(id, cancellationToken), cancellationToken);

    /// <summary>A draft loan: refused while the unit has any 空编 of the type, or the slot has an open loan.</summary>
    public async Task<PoolLoanDto> RequestLoanAsync(RequestPoolLoanDto input, CancellationToken cancellationToken = default)
    {
        var zoneId = currentUser.GetZoneIdOrThrow();
        var slot = await slots.GetAsync(input.SlotId!.Value, cancellationToken);
        var unit = await orgUnits.GetActiveAsync(input.BorrowingUnitId!.Value, cancellationToken);
        var request = new PoolLoanRequest(
            unit.Id, unit.NameZh, input.HireName, input.PersonId, input.ApplicationId, input.Justification!.Value, input.Tier, input.ShortagePostId,
            input.TermMonths, input.ExpectedReturnDate, input.ReturnPlan);
        var loan = await unitOfWork.RunInTransactionAsync(
            async ct =>
            {
                var number = await NextNumberAsync(zoneId, ct);
                var created = await manager.CreateAsync(
                    zoneId, number, slot, request, Policy, currentUser.Id!.Value, currentUser.UserName ?? "-", clock.GetUtcNow(), ct);
                await loans.InsertAsync(created, ct);
                await loans.SaveChangesAsync(ct);
                return (created, true);
            },
            cancellationToken);
        return await ToDtoAsync(loan, cancellationToken);
    }

    /// <summary>
    /// Checks the unit and the slot again and starts the approval on the zone's default route. Two requests for one
    /// slot submitted at once both pass the check; the unique index on the slot's open loan lets only one commit (409).
    /// </summary>
    public async Task<PoolLoanDto> SubmitLoanAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var loan = await loans.GetAsync(id, cancellationToken);
        var slot = await slots.GetAsync(loan.SlotId, cancellationToken);
        var route = await engine.GetDefaultRouteAsync(loan.ZoneId!.Value, PoolLoan.Kind, cancellationToken);
        await manager.SubmitAsync(loan, slot, Policy, clock.GetUtcNow(), cancellationToken);
        await engine.SubmitAsync(loan, route, currentUser.Id!.Value, cancellationToken);
        await loans.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(loan, cancellationToken);
    }

    /// <summary>Decides a step of a loan's approval (found through the caller's zone; racing decisions: the first commits, 409 for the other).</summary>
    public async Task<PoolLoanDto> DecideLoanAsync(Guid stepId, DecideApprovalDto input, CancellationToken cancellationToken = default)
    {
        var loanId = await executer.FirstOrDefaultAsync(
                         processes.GetDetachedQueryable().Where(p => p.DocumentKind == PoolLoan.Kind && p.Steps.Any(s => s.Id == stepId))
                             .Select(p => (Guid?)p.DocumentId),
                         cancellationToken)
                     ?? throw new EntityNotFoundException("Entity:ApprovalStep", stepId);
        var loan = await loans.GetAsync(loanId, cancellationToken);
        await engine.DecideAsync(
            loan, stepId, currentUser.Id!.Value, currentUser.UserName ?? "-", input.Decision!.Value, input.Comment, cancellationToken);
        await loans.TouchAsync(loan, cancellationToken);
        await loans.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(loan, cancellationToken);
    }

    /// <summary>Seats the approved loan's person on a vacant post of the borrowing unit, held on the pool slot; all or nothing.</summary>
    public async Task<PoolLoanDto> ActivateLoanAsync(Guid id, ActivatePoolLoanDto input, CancellationToken cancellationToken = default)
    {
        var loan = await unitOfWork.RunInTransactionAsync(
            async ct =>
            {
                var found = await loans.GetAsync(id, ct);
                var slot = await slots.GetAsync(found.SlotId, ct);
                var on = input.StartOn!.Value;
                var appointment = await seats.SeatAsync(found, input.PersonId!.Value, input.PostId!.Value, on, ct);
                PoolLoanManager.Activate(found, slot, appointment.Id, input.PersonId!.Value, on, clock.GetUtcNow());
                await loans.SaveChangesAsync(ct);
                return (found, true);
            },
            cancellationToken);
        return await ToDtoAsync(loan, cancellationToken);
    }

    /// <summary>"有编即还": refused unless a regular vacancy of the unit is this loan's turn; the person moves onto it, the history stays.</summary>
    public async Task<PoolLoanDto> ReturnLoanAsync(Guid id, ReturnPoolLoanDto input, CancellationToken cancellationToken = default)
    {
        var loan = await unitOfWork.RunInTransactionAsync(
            async ct =>
            {
                var found = await loans.GetAsync(id, ct);
                await returns.ReturnAsync(found, input.On!.Value, clock.GetUtcNow(), ct);
                await loans.SaveChangesAsync(ct);
                return (found, true);
            },
            cancellationToken);
        return await ToDtoAsync(loan, cancellationToken);
    }

    /// <summary>"人走编收": the person left; the pool appointment ends (unless already ended) and the slot goes back to the pool.</summary>
    public async Task<PoolLoanDto> ReleaseLoanAsync(Guid id, ReleasePoolLoanDto input, CancellationToken cancellationToken = default)
    {
        var loan = await unitOfWork.RunInTransactionAsync(
            async ct =>
            {
                var found = await loans.GetAsync(id, ct);
                var slot = await slots.GetAsync(found.SlotId, ct);
                var on = input.On!.Value;
                PoolLoanManager.Release(found, slot, on, input.Reason, clock.GetUtcNow());
                await seats.EndAsync(found, on, input.Reason.Trim(), ct);
                await loans.SaveChangesAsync(ct);
                return (found, true);
            },
            cancellationToken);
        return await ToDtoAsync(loan, cancellationToken);
    }

    /// <summary>Active loans past their 周转期 today (China time), the longest overdue first.</summary>
    public async Task<ListResultDto<PoolLoanDto>> GetOverdueLoansAsync(CancellationToken cancellationToken = default)
    {
        var active = await executer.ToListAsync(loans.GetDetachedQueryable().Where(l => l.Status == PoolLoanStatus.Active), cancellationToken);
        var overdue = PoolLoanReturns.Overdue(active, WorkingDayCalendar.ChinaDate(clock.GetUtcNow()));
        return new ListResultDto<PoolLoanDto>(await ToDtosAsync(overdue, cancellationToken));
    }

    public async Task<ListResultDto<UnitSeatsDto>> GetSeatsAsync(CancellationToken cancellationToken = default)
    {
        var zone = await seatReader.ReadAsync(currentUser.GetZoneIdOrThrow(), cancellationToken);
        return new ListResultDto<UnitSeatsDto>(zone.Seats.OrderBy(s => s.OrgUnitId).ThenBy(s => s.StaffingType).Select(StaffingPoolDtos.ToDto).ToList());
    }

    private async Task<PoolLoanDto> ToDtoAsync(PoolLoan loan, CancellationToken cancellationToken) => (await ToDtosAsync([loan], cancellationToken))[0];

    private async Task<IReadOnlyList<PoolLoanDto>> ToDtosAsync(IReadOnlyList<PoolLoan> page, CancellationToken cancellationToken)
    {
        var slotIds = page.Select(l => l.SlotId).Distinct().ToList();
        var codes = (await executer.ToListAsync(slots.GetDetachedQueryable().Where(s => slotIds.Contains(s.Id)).Select(s => new { s.Id, s.Code }), cancellationToken))
            .ToDictionary(s => s.Id, s => s.Code);
        var today = WorkingDayCalendar.ChinaDate(clock.GetUtcNow());
        return page.Select(l => StaffingPoolDtos.ToDto(l, codes.GetValueOrDefault(l.SlotId) ?? "", today)).ToList();
    }

    private async Task<string> NextNumberAsync(Guid zoneId, CancellationToken cancellationToken)
    {
        var year = WorkingDayCalendar.ChinaDate(clock.GetUtcNow()).Year.ToString(CultureInfo.InvariantCulture);
        var prefix = "ZL" + year + "-";
        var numbers = await executer.ToListAsync(
            loans.GetQueryable().Where(l => l.ZoneId == zoneId && l.Number.StartsWith(prefix)).Select(l => l.Number), cancellationToken);
        var highest = numbers.Select(n => int.TryParse(n.AsSpan(prefix.Length), CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max();
        var next = await sequences.NextAsync($"PoolLoan:{zoneId:N}:{year}", highest, cancellationToken);
        return prefix + next.ToString("000", CultureInfo.InvariantCulture);
    }
}
