using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// Places of one unit×type already promised elsewhere: by other open plans (submitted, approved or filed, not closed)
/// and by hires decided but not yet on a seat. A place is counted once: an open plan's places less those already
/// hired or pending, and pending hires separately.
/// </summary>
public sealed record ReservedPlaces(Guid OrgUnitId, StaffingType StaffingType, int ByOtherPlans, int ByPendingHires);

/// <summary>The places other plans and pending hires hold in a zone, for the 空编 check of one plan (pending hires: see <see cref="PendingHires"/>).</summary>
public interface IRecruitmentReservations
{
    /// <summary>Per unit×type, what every open plan of the zone except <paramref name="exceptPlanId"/> and every pending hire holds.</summary>
    Task<IReadOnlyList<ReservedPlaces>> GetReservedAsync(Guid zoneId, Guid exceptPlanId, CancellationToken cancellationToken = default);
}
