using TalentReform.Data;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>
/// 实名制 appointments: a person takes a vacant, unfrozen post only while its unit has a free slot of the
/// post's staffing type, and holds at most one primary appointment; ending one vacates the post.
/// </summary>
public class AppointmentManager(
    IRepository<Appointment> appointments,
    IRepository<StaffingQuota> quotaRows,
    StaffingQuotaManager quotas,
    OrgUnitManager orgUnits,
    TimeProvider clock)
{
    public async Task<Appointment> CreateAsync(
        Guid zoneId, Person person, Post post, AppointmentKind kind, bool isPrimary, DateOnly termStart, DateOnly? termEnd,
        CancellationToken cancellationToken = default)
    {
        var unit = await orgUnits.GetActiveAsync(post.OrgUnitId, cancellationToken);
        if (isPrimary && await appointments.AnyAsync(a => a.PersonId == person.Id && a.IsPrimary && a.EndedOn == null, cancellationToken))
        {
            throw new BusinessException(TalentReformErrorCodes.PersonHasPrimaryAppointment, person.Name);
        }

        var quota = await quotas.FindAsync(unit.Id, post.StaffingType, cancellationToken);
        var occupied = await quotas.CountOccupiedAsync(unit.Id, post.StaffingType, cancellationToken);
        StaffingQuota.EnsureFreeSlot(unit.NameZh, post.StaffingType, quota?.Approved ?? 0, occupied);

        // Two appointments into the last slot of one unit and type may run at once, each counting the slot as
        // free. Both then write this quota row; its concurrency stamp lets only the first commit (409 for the other).
        await quotaRows.TouchAsync(quota!, cancellationToken);

        var appointment = new Appointment(Guid.NewGuid(), zoneId, person, post, kind, isPrimary, termStart, termEnd, clock.GetUtcNow());
        post.Fill();
        return appointment;
    }

    /// <summary>Ends the appointment and vacates its post (a plan's structure may lack the post: then only the appointment ends).</summary>
    public static void End(Appointment appointment, Post? post, DateOnly on, string reason)
    {
        appointment.End(on, reason);
        post?.Vacate();
    }

    /// <summary>
    /// A staffing plan's new primary appointment (人员调岗) from <paramref name="termStart"/>, open-ended, on a vacant post.
    /// The plan checks 编制 slots on its whole result (ADR 0005), so none is counted here.
    /// </summary>
    public static Appointment AppointPlanned(Guid zoneId, Person person, Post post, DateOnly termStart, DateTimeOffset now)
    {
        var appointment = new Appointment(Guid.NewGuid(), zoneId, person, post, AppointmentKind.Appointed, true, termStart, null, now);
        post.Fill();
        return appointment;
    }
}
