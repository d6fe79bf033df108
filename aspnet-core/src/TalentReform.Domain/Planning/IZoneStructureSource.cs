namespace TalentReform.Planning;

/// <summary>Loads a zone's whole structure into a <see cref="ZoneStructure"/> (from the Organization and Staffing modules' published queries).</summary>
public interface IZoneStructureSource
{
    /// <param name="tracked">False: a detached copy whose changes are never saved (impact). True: the apply's working set.</param>
    Task<ZoneStructure> LoadAsync(Guid zoneId, DateOnly effectiveDate, bool tracked, CancellationToken cancellationToken = default);
}
