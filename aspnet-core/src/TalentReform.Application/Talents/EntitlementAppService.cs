using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Users;

namespace TalentReform.Talents;

public class EntitlementAppService(
    IRepository<Entitlement> entitlements,
    IRepository<TalentProfile> profiles,
    EntitlementDtoBuilder builder,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock) : IEntitlementAppService
{
    public async Task<PagedResultDto<EntitlementDto>> GetListAsync(GetEntitlementsInput input, CancellationToken cancellationToken = default)
    {
        var query = entitlements.GetDetachedQueryable();
        if (input.ProfileId is { } profileId)
        {
            query = query.Where(e => e.ProfileId == profileId);
        }

        if (input.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(input.PolicyCode))
        {
            query = query.Where(e => e.PolicyCode == input.PolicyCode);
        }

        if (!string.IsNullOrWhiteSpace(input.RuleCode))
        {
            query = query.Where(e => e.RuleCode == input.RuleCode);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var items = await executer.ToListAsync(
            query.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<EntitlementDto>(total, await builder.BuildAsync(items, cancellationToken));
    }

    public async Task<EntitlementDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await builder.BuildAsync([await entitlements.GetAsync(id, cancellationToken)], cancellationToken))[0];

    public async Task<IReadOnlyList<EntitlementDto>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        var profile = await profiles.FindMineAsync(executer, currentUser, cancellationToken);
        var mine = await executer.ToListAsync(
            entitlements.GetDetachedQueryable().Where(e => e.ProfileId == profile.Id).OrderBy(e => e.PolicyCode).ThenBy(e => e.RuleCode), cancellationToken);
        return await builder.BuildAsync(mine, cancellationToken);
    }

    public async Task<EntitlementDto> ConfirmAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default)
    {
        var entitlement = await entitlements.GetAsync(id, cancellationToken);
        entitlement.ConcurrencyStamp = input.ConcurrencyStamp;
        entitlement.Confirm(clock.GetUtcNow());
        await entitlements.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<EntitlementDto> ClawBackAsync(Guid id, ClawBackEntitlementDto input, CancellationToken cancellationToken = default)
    {
        var entitlement = await entitlements.GetAsync(id, cancellationToken);
        entitlement.ConcurrencyStamp = input.ConcurrencyStamp;
        entitlement.ClawBack(input.LeftOn, input.Reason, clock.GetUtcNow());
        await entitlements.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }
}
