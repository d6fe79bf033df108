using TalentReform.Organization;

namespace TalentReform.Fakes;

internal sealed class InMemoryOrgUnitRepository : InMemoryRepository<OrgUnit>, IOrgUnitRepository
{
    public Task<List<string>> GetChildCodesAsync(Guid? parentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(u => u.ParentId == parentId).Select(u => u.Code).ToList());

    public Task<int> CountActiveChildrenAsync(Guid parentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Count(u => u.ParentId == parentId && !u.IsAbolished));

    public Task<List<OrgUnit>> GetDescendantsAsync(string code, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(u => OrgUnitCodes.IsDescendantOf(u.Code, code)).ToList());

    public Task<List<OrgUnit>> GetTreeAsync(bool includeAbolished, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(u => includeAbolished || !u.IsAbolished).OrderBy(u => u.Code, StringComparer.Ordinal).ToList());

    public Task<List<OrgUnit>> GetActiveWithFunctionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(u => !u.IsAbolished).OrderBy(u => u.Code, StringComparer.Ordinal).ToList());
}
