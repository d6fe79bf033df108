namespace TalentReform.Organization;

/// <summary>
/// What Organization needs to know about a unit's posts. Implemented by the Staffing module, so this
/// module never reads the posts table (DESIGN.md: modules meet through domain services only).
/// </summary>
public interface IOrgUnitPostQuery
{
    Task<int> CountPostsAsync(Guid orgUnitId, CancellationToken cancellationToken = default);

    Task<int> CountLeadershipPostsAsync(Guid orgUnitId, LeadershipRole role, CancellationToken cancellationToken = default);

    /// <summary>The unit's duty clauses that at least one post cites.</summary>
    Task<List<Guid>> GetCitedFunctionIdsAsync(Guid orgUnitId, CancellationToken cancellationToken = default);
}
