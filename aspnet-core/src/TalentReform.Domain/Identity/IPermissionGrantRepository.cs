using TalentReform.Data;

namespace TalentReform.Identity;

public interface IPermissionGrantRepository : IRepository<PermissionGrant>
{
    Task<List<string>> GetGrantedNamesAsync(IReadOnlyCollection<string> roleNames, Guid userId, CancellationToken cancellationToken = default);
}
