using Microsoft.EntityFrameworkCore;
using TalentReform.EntityFrameworkCore;
using TalentReform.Repositories;

namespace TalentReform.Organization;

public class OrgUnitRepository(TalentReformDbContext dbContext) : EfRepository<OrgUnit>(dbContext), IOrgUnitRepository
{
    public Task<List<string>> GetChildCodesAsync(Guid? parentId, CancellationToken cancellationToken = default) =>
        Set.IgnoreAutoIncludes().Where(u => u.ParentId == parentId).Select(u => u.Code).ToListAsync(cancellationToken);

    public Task<int> CountActiveChildrenAsync(Guid parentId, CancellationToken cancellationToken = default) =>
        Set.IgnoreAutoIncludes().CountAsync(u => u.ParentId == parentId && !u.IsAbolished, cancellationToken);

    public Task<List<OrgUnit>> GetDescendantsAsync(string code, CancellationToken cancellationToken = default)
    {
        var prefix = code + ".";
        return Set.IgnoreAutoIncludes().Where(u => u.Code.StartsWith(prefix)).ToListAsync(cancellationToken);
    }

    public Task<List<OrgUnit>> GetTreeAsync(bool includeAbolished, CancellationToken cancellationToken = default) =>
        Set.IgnoreAutoIncludes().AsNoTracking().Where(u => includeAbolished || !u.IsAbolished).OrderBy(u => u.Code).ToListAsync(cancellationToken);

    public Task<List<OrgUnit>> GetActiveWithFunctionsAsync(CancellationToken cancellationToken = default) =>
        Set.AsNoTracking().Where(u => !u.IsAbolished).OrderBy(u => u.Code).ToListAsync(cancellationToken);
}
