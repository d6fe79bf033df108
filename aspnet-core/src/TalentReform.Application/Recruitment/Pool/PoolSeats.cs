using TalentReform.Localization;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// The pool's side of Staffing's appointments, through Staffing's published entry points only (the zone's structure
/// from <see cref="IStaffingQueries"/>, <see cref="AppointmentManager"/>'s appointing and ending, the writes through
/// <see cref="StaffingStructureWriter"/>, as Planning's plan applier does): seats a loan's person on the pool slot,
/// moves the person onto a regular slot when the loan is returned, ends the appointment when the person leaves.
/// The pool checks the slot itself (a pool seat is outside the unit's quota), so no regular 编制 is counted here.
/// Runs inside the caller's transaction: ended appointments are saved before new ones (one active primary per person).
/// </summary>
public class PoolSeats(IStaffingQueries staffing, StaffingStructureWriter writer, TimeProvider clock) : IPoolSeatMover
{
    public const string ReturnReason = "周转编制归还，转入正式编制";

    /// <summary>The named person's new primary appointment on <paramref name="postId"/> (a vacant post of the borrowing unit), held on the pool slot.</summary>
    public async Task<Appointment> SeatAsync(PoolLoan loan, Guid personId, Guid postId, DateOnly on, CancellationToken cancellationToken = default)
    {
        var structure = await staffing.LoadZoneAsync(loan.ZoneId!.Value, tracked: true, cancellationToken);
        var person = structure.Persons.FirstOrDefault(p => p.Id == personId) ?? throw new EntityNotFoundException("Entity:Person", personId);
        var post = structure.Posts.FirstOrDefault(p => p.Id == postId) ?? throw new EntityNotFoundException("Entity:Post", postId);
        if (post.OrgUnitId != loan.BorrowingUnitId || post.StaffingType != loan.StaffingType)
        {
            throw new BusinessException(TalentReformErrorCodes.PoolLoanPostMismatch, post.Code, loan.UnitName, LocalizedEnum.Of(loan.StaffingType));
        }

        if (structure.ActiveAppointments.Any(a => a.PersonId == personId && a.IsPrimary))
        {
            throw new BusinessException(TalentReformErrorCodes.PersonHasPrimaryAppointment, person.Name);
        }

        var appointment = AppointmentManager.AppointPlanned(loan.ZoneId!.Value, person, post, on, clock.GetUtcNow());
        await writer.InsertAsync(appointment, cancellationToken);
        return appointment;
    }

    /// <summary>
    /// "有编即还": the pool appointment ends the day before <paramref name="on"/> and the person holds the same post from
    /// <paramref name="on"/> on a regular slot, under a new appointment; the old one stays as history.
    /// </summary>
    public async Task<RegularSeat> MoveToRegularSlotAsync(PoolLoan loan, DateOnly on, CancellationToken cancellationToken = default)
    {
        var structure = await staffing.LoadZoneAsync(loan.ZoneId!.Value, tracked: true, cancellationToken);
        var held = structure.ActiveAppointments.FirstOrDefault(a => a.Id == loan.AppointmentId)
                   ?? throw new EntityNotFoundException("Entity:Appointment", loan.AppointmentId ?? Guid.Empty);
        var post = structure.Posts.First(p => p.Id == held.PostId);
        var person = structure.Persons.First(p => p.Id == held.PersonId);
        var lastDay = on.AddDays(-1) < held.TermStart ? held.TermStart : on.AddDays(-1);
        AppointmentManager.End(held, post, lastDay, ReturnReason);
        await writer.SaveChangesAsync(cancellationToken);

        var regular = AppointmentManager.AppointPlanned(loan.ZoneId!.Value, person, post, on, clock.GetUtcNow());
        await writer.InsertAsync(regular, cancellationToken);
        return new RegularSeat(post.Id, regular.Id);
    }

    /// <summary>The person left: the pool appointment ends on <paramref name="on"/> unless Staffing ended it already.</summary>
    public async Task EndAsync(PoolLoan loan, DateOnly on, string reason, CancellationToken cancellationToken = default)
    {
        var structure = await staffing.LoadZoneAsync(loan.ZoneId!.Value, tracked: true, cancellationToken);
        if (structure.ActiveAppointments.FirstOrDefault(a => a.Id == loan.AppointmentId) is { } held)
        {
            AppointmentManager.End(held, structure.Posts.FirstOrDefault(p => p.Id == held.PostId), on, reason);
        }
    }
}
