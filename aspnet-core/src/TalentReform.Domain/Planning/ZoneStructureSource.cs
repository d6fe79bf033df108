using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// <see cref="IZoneStructureSource"/> from the Organization and Staffing modules' published queries (ADR 0009):
/// Planning owns its in-memory structure and reads the other modules' aggregates without their tables.
/// </summary>
public class ZoneStructureSource(IOrgUnitQueries orgUnits, IStaffingQueries staffing, TimeProvider clock) : IZoneStructureSource
{
    public async Task<ZoneStructure> LoadAsync(Guid zoneId, DateOnly effectiveDate, bool tracked, CancellationToken cancellationToken = default)
    {
        var organization = await orgUnits.LoadZoneAsync(zoneId, tracked, cancellationToken);
        var staff = await staffing.LoadZoneAsync(zoneId, tracked, cancellationToken);
        return new ZoneStructure(
            zoneId,
            effectiveDate,
            organization.Units,
            organization.LeadershipQuotas,
            staff.StaffingQuotas,
            staff.ZoneTotals,
            staff.Posts,
            staff.ActiveAppointments,
            staff.Persons,
            staff.MixRules)
        {
            Now = clock.GetUtcNow(),
        };
    }
}
