using Microsoft.EntityFrameworkCore;
using TalentReform.EntityFrameworkCore;
using TalentReform.Repositories;

namespace TalentReform.Identity;

public class PermissionGrantRepository(TalentReformDbContext dbContext) : EfRepository<PermissionGrant>(dbContext), IPermissionGrantRepository
{
    public Task<List<string>> GetGrantedNamesAsync(IReadOnlyCollection<string> roleNames, Guid userId, CancellationToken cancellationToken = default)
    {
        var userKey = userId.ToString();
        return Set
            .Where(g => (g.ProviderName == PermissionProviderNames.Role && roleNames.Contains(g.ProviderKey))
                || (g.ProviderName == PermissionProviderNames.User && g.ProviderKey == userKey))
            .Select(g => g.Name)
            .Distinct()
            .ToListAsync(cancellationToken);
    }
}
