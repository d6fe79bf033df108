using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Users;

namespace TalentReform.Talents;

public class EntitlementAppService(
    IRepository<Entitlement> entitlements,
    IRepository<MatchingRun> runs,
    IRepository<TalentProfile> profiles,
    MatchingService matching,
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

        var total = await executer.CountAsync(query, cancellationToken);
        var items = await executer.ToListAsync(query.OrderBy(e => e.ProfileId).ThenBy(e => e.RuleCode).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<EntitlementDto>(total, items.Select(ToDto).ToList());
    }

    public async Task<IReadOnlyList<EntitlementDto>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        var profile = await profiles.FindMineAsync(executer, currentUser, cancellationToken);
        var mine = await executer.ToListAsync(entitlements.GetDetachedQueryable().Where(e => e.ProfileId == profile.Id).OrderBy(e => e.RuleCode), cancellationToken);
        return mine.Select(ToDto).ToList();
    }

    public async Task<MatchingRunDto> RunMatchingAsync(CancellationToken cancellationToken = default)
    {
        var run = new MatchingRun(Guid.NewGuid(), currentUser.GetZoneIdOrThrow(), clock.GetUtcNow());
        await runs.InsertAsync(run, cancellationToken);
        await matching.RunAsync(run, cancellationToken);
        await runs.SaveChangesAsync(cancellationToken);
        return ToDto(run);
    }

    public async Task<IReadOnlyList<MatchingRunDto>> GetMatchingRunsAsync(CancellationToken cancellationToken = default) =>
        (await executer.ToListAsync(runs.GetDetachedQueryable().OrderByDescending(r => r.StartedAt).Take(50), cancellationToken)).Select(ToDto).ToList();

    private static MatchingRunDto ToDto(MatchingRun r) => new(r.Id, r.StartedAt, r.CompletedAt, r.Total, r.Processed, r.Created, r.Changed, r.Revoked);

    private static EntitlementDto ToDto(Entitlement e) => new(
        e.Id, e.ProfileId, e.PolicyCode, e.PolicyVersion, e.RuleCode, OrgUnitNames.Localized(e.NameZh, e.NameEn), e.Amount,
        e.Payments.Select(p => new PaymentDto(p.Number, p.DueOn, p.Amount)).ToList(), e.Status, e.GrantedAt, e.UpdatedAt, e.RevokeReason);
}
