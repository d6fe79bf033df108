using TalentReform.Data;

namespace TalentReform.Organization;

/// <summary>Units are loaded with their duty clauses, except by <see cref="GetTreeAsync"/> (structure only).</summary>
public interface IOrgUnitRepository : IRepository<OrgUnit>
{
    Task<List<string>> GetChildCodesAsync(Guid? parentId, CancellationToken cancellationToken = default);

    Task<int> CountActiveChildrenAsync(Guid parentId, CancellationToken cancellationToken = default);

    Task<List<OrgUnit>> GetDescendantsAsync(string code, CancellationToken cancellationToken = default);

    Task<List<OrgUnit>> GetTreeAsync(bool includeAbolished, CancellationToken cancellationToken = default);

    /// <summary>Units not abolished, with their duty clauses, read-only.</summary>
    Task<List<OrgUnit>> GetActiveWithFunctionsAsync(CancellationToken cancellationToken = default);
}
