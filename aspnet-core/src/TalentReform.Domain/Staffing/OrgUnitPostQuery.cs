using TalentReform.Data;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>Answers Organization's questions about a unit's posts (see <see cref="IOrgUnitPostQuery"/>).</summary>
public class OrgUnitPostQuery(IRepository<Post> posts, IAsyncQueryableExecuter executer) : IOrgUnitPostQuery
{
    public Task<int> CountPostsAsync(Guid orgUnitId, CancellationToken cancellationToken = default) =>
        executer.CountAsync(posts.GetQueryable().Where(p => p.OrgUnitId == orgUnitId), cancellationToken);

    public Task<int> CountLeadershipPostsAsync(Guid orgUnitId, LeadershipRole role, CancellationToken cancellationToken = default) =>
        executer.CountAsync(posts.GetQueryable().Where(p => p.OrgUnitId == orgUnitId && p.LeadershipRole == role), cancellationToken);

    public Task<List<Guid>> GetCitedFunctionIdsAsync(Guid orgUnitId, CancellationToken cancellationToken = default) =>
        executer.ToListAsync(
            posts.GetQueryable().Where(p => p.OrgUnitId == orgUnitId).SelectMany(p => p.DutyClauses).Select(c => c.FunctionId).Distinct(),
            cancellationToken);
}
