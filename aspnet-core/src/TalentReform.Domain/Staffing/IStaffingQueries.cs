namespace TalentReform.Staffing;

/// <summary>
/// The Staffing module's published reads for other modules (ADR 0009): 编制, posts, appointments, people and 人员组合
/// rules reach other modules through this interface, never through the module's tables.
/// </summary>
public interface IStaffingQueries
{
    /// <summary>The zone's 编制 (per unit and the zone's totals), posts, active appointments, people and 人员组合 rules.</summary>
    /// <param name="tracked">
    /// False: detached copies whose changes are never saved. True: changes are saved with the unit of work (people are
    /// always detached: a plan reads them, it never changes them).
    /// </param>
    Task<StaffingStructure> LoadZoneAsync(Guid zoneId, bool tracked, CancellationToken cancellationToken = default);

    /// <summary>Code and Chinese title of every post of the current zone, by id.</summary>
    Task<Dictionary<Guid, (string Code, string TitleZh)>> GetPostNamesAsync(CancellationToken cancellationToken = default);

    /// <summary>The name of every person of the current zone, by id.</summary>
    Task<Dictionary<Guid, string>> GetPersonNamesAsync(CancellationToken cancellationToken = default);
}

/// <summary>A zone's staffing, as <see cref="IStaffingQueries.LoadZoneAsync"/> loads it.</summary>
public sealed record StaffingStructure(
    IReadOnlyList<StaffingQuota> StaffingQuotas,
    IReadOnlyList<ZoneStaffingQuota> ZoneTotals,
    IReadOnlyList<Post> Posts,
    IReadOnlyList<Appointment> ActiveAppointments,
    IReadOnlyList<Person> Persons,
    IReadOnlyList<StaffingMixRule> MixRules);
