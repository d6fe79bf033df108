namespace TalentReform.Recruitment;

/// <summary>The regular slot a returned loan's person now holds: the post and the appointment, kept in the loan's history.</summary>
public sealed record RegularSeat(Guid PostId, Guid AppointmentId);

/// <summary>
/// Moves a pool loan's person onto a regular slot of the borrowing unit (Staffing's appointments). Implemented by the
/// integration over <c>AppointmentManager</c>; the pool only records what it was told.
/// </summary>
public interface IPoolSeatMover
{
    Task<RegularSeat> MoveToRegularSlotAsync(PoolLoan loan, DateOnly on, CancellationToken cancellationToken = default);
}
