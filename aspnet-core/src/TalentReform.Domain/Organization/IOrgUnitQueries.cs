namespace TalentReform.Organization;

/// <summary>
/// The Organization module's published reads for other modules (ADR 0009): they get units and 领导职数 through
/// this interface, never through the module's tables.
/// </summary>
public interface IOrgUnitQueries
{
    /// <summary>
    /// Every unit of the zone (abolished ones too, for their codes) with its duty clauses, and the 领导职数.
    /// </summary>
    /// <param name="tracked">False: detached copies whose changes are never saved. True: changes are saved with the unit of work.</param>
    Task<OrgUnitStructure> LoadZoneAsync(Guid zoneId, bool tracked, CancellationToken cancellationToken = default);

    /// <summary>Both names of every unit of the current zone (abolished ones too), by id.</summary>
    Task<Dictionary<Guid, (string Zh, string En)>> GetNamesAsync(CancellationToken cancellationToken = default);
}

/// <summary>A zone's units and their 领导职数, as <see cref="IOrgUnitQueries.LoadZoneAsync"/> loads them.</summary>
public sealed record OrgUnitStructure(IReadOnlyList<OrgUnit> Units, IReadOnlyList<LeadershipQuota> LeadershipQuotas);
