using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Users;

namespace TalentReform.Organization;

public class LeadershipQuotaAppService(
    IRepository<LeadershipQuota> quotas,
    OrgUnitManager manager,
    IOrgUnitPostQuery posts,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser) : ILeadershipQuotaAppService
{
    public async Task<LeadershipQuotaDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await quotas.GetAsync(id, cancellationToken), cancellationToken);

    public async Task<PagedResultDto<LeadershipQuotaDto>> GetListAsync(GetLeadershipQuotasInput input, CancellationToken cancellationToken = default)
    {
        var query = quotas.GetQueryable();
        if (input.OrgUnitId is { } orgUnitId)
        {
            query = query.Where(q => q.OrgUnitId == orgUnitId);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var items = await executer.ToListAsync(query.OrderBy(q => q.OrgUnitId).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        var dtos = new List<LeadershipQuotaDto>(items.Count);
        foreach (var quota in items)
        {
            dtos.Add(await ToDtoAsync(quota, cancellationToken));
        }

        return new PagedResultDto<LeadershipQuotaDto>(total, dtos);
    }

    public async Task<LeadershipQuotaDto> CreateAsync(CreateLeadershipQuotaDto input, CancellationToken cancellationToken = default)
    {
        var quota = await manager.CreateLeadershipQuotaAsync(currentUser.GetZoneIdOrThrow(), input.OrgUnitId!.Value, input.Heads, input.Deputies, cancellationToken);
        await quotas.InsertAsync(quota, cancellationToken);
        await quotas.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(quota, cancellationToken);
    }

    public async Task<LeadershipQuotaDto> UpdateAsync(Guid id, UpdateLeadershipQuotaDto input, CancellationToken cancellationToken = default)
    {
        var quota = await quotas.GetAsync(id, cancellationToken);
        quota.ConcurrencyStamp = input.ConcurrencyStamp;
        await manager.SetLeadershipQuotaAsync(quota, input.Heads, input.Deputies, cancellationToken);
        await quotas.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(quota, cancellationToken);
    }

    /// <summary>Without a quota a unit may have no leadership posts, so this is refused while it has some.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var quota = await quotas.GetAsync(id, cancellationToken);
        await manager.SetLeadershipQuotaAsync(quota, 0, 0, cancellationToken);
        await quotas.DeleteAsync(quota, cancellationToken);
        await quotas.SaveChangesAsync(cancellationToken);
    }

    private async Task<LeadershipQuotaDto> ToDtoAsync(LeadershipQuota quota, CancellationToken cancellationToken) =>
        quota.ToDto(
            await posts.CountLeadershipPostsAsync(quota.OrgUnitId, LeadershipRole.Head, cancellationToken),
            await posts.CountLeadershipPostsAsync(quota.OrgUnitId, LeadershipRole.Deputy, cancellationToken));
}
