using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Talents.Rules;
using TalentReform.Users;

namespace TalentReform.Talents;

/// <summary>
/// The policy catalog. A published version is never edited: a new version is drafted from it, edited, and
/// published in its place; entitlements keep the version they were granted under unless the new version says
/// <see cref="TalentPolicy.ReassessGranted"/>.
/// </summary>
public class TalentPolicyAppService(
    IRepository<TalentPolicy> policies,
    IRepository<Entitlement> entitlements,
    IRepository<TalentProfile> profiles,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock) : ITalentPolicyAppService
{
    public async Task<IReadOnlyList<TalentPolicyDto>> GetListAsync(GetTalentPoliciesInput input, CancellationToken cancellationToken = default)
    {
        var all = await executer.ToListAsync(
            policies.GetDetachedQueryable().Where(p => input.Code == null || p.Code == input.Code).OrderBy(p => p.Code).ThenByDescending(p => p.Version),
            cancellationToken);
        var shown = input.Code is null ? all.GroupBy(p => p.Code).Select(g => g.First()).ToList() : all;
        return await ToDtosAsync(shown, cancellationToken);
    }

    public async Task<TalentPolicyDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ToDtosAsync([await policies.GetAsync(id, cancellationToken)], cancellationToken))[0];

    public async Task<TalentPolicyDto> CreateAsync(CreateTalentPolicyDto input, CancellationToken cancellationToken = default)
    {
        var code = input.Code.Trim();
        if (await policies.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.PolicyCodeExists, code);
        }

        var policy = new TalentPolicy(
            Guid.NewGuid(), currentUser.GetZoneIdOrThrow(), code, 1, input.TitleZh, input.TitleEn, input.Document, input.EffectiveFrom, input.EffectiveTo,
            input.Rules.ToDefinitions(), input.ReassessGranted);
        await policies.InsertAsync(policy, cancellationToken);
        await policies.SaveChangesAsync(cancellationToken);
        return await GetAsync(policy.Id, cancellationToken);
    }

    public async Task<TalentPolicyDto> UpdateAsync(Guid id, UpdateTalentPolicyDto input, CancellationToken cancellationToken = default)
    {
        var policy = await policies.GetAsync(id, cancellationToken);
        policy.ConcurrencyStamp = input.ConcurrencyStamp;
        policy.Describe(input.TitleZh, input.TitleEn, input.Document, input.EffectiveFrom, input.EffectiveTo, input.ReassessGranted);
        policy.SetRules(input.Rules.ToDefinitions());
        await policies.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<TalentPolicyDto> UpdateRulesAsync(Guid id, List<BenefitRuleDto> rules, CancellationToken cancellationToken = default)
    {
        var policy = await policies.GetAsync(id, cancellationToken);
        policy.SetRules(rules.ToDefinitions());
        await policies.TouchAsync(policy, cancellationToken);
        await policies.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<TalentPolicyDto> CreateVersionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var policy = await policies.GetAsync(id, cancellationToken);
        if (await policies.AnyAsync(p => p.Code == policy.Code && p.Status == TalentPolicyStatus.Draft, cancellationToken))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.PolicyDraftExists, policy.Code);
        }

        var newest = await executer.FirstOrDefaultAsync(
            policies.GetDetachedQueryable().Where(p => p.Code == policy.Code).OrderByDescending(p => p.Version).Select(p => p.Version), cancellationToken);
        // In force from today (or from the version's own start, if that is later), numbered after the newest version.
        var today = clock.ChinaToday();
        var next = policy.NextVersion(Guid.NewGuid(), newest + 1, today > policy.EffectiveFrom ? today : policy.EffectiveFrom);

        await policies.InsertAsync(next, cancellationToken);
        await policies.SaveChangesAsync(cancellationToken);
        return await GetAsync(next.Id, cancellationToken);
    }

    public async Task<TalentPolicyDto> PublishAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default)
    {
        var policy = await policies.GetAsync(id, cancellationToken);
        policy.ConcurrencyStamp = input.ConcurrencyStamp;
        var previous = await executer.FirstOrDefaultAsync(
            policies.GetQueryable().Where(p => p.Code == policy.Code && p.Id != id && p.Status == TalentPolicyStatus.Published).OrderByDescending(p => p.Version),
            cancellationToken);
        policy.Publish(previous, clock.GetUtcNow());
        await policies.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<TalentPolicyDto> RetireAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken = default)
    {
        var policy = await policies.GetAsync(id, cancellationToken);
        policy.ConcurrencyStamp = input.ConcurrencyStamp;
        policy.Retire(clock.ChinaToday());
        await policies.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var policy = await policies.GetAsync(id, cancellationToken);
        if (policy.Status != TalentPolicyStatus.Draft)
        {
            throw new BusinessException(TalentReformErrorCodes.PolicyNotDraft, policy.Code, policy.Version);
        }

        await policies.DeleteAsync(policy, cancellationToken);
        await policies.SaveChangesAsync(cancellationToken);
    }

    public async Task<BenefitResultDto> TestRuleAsync(TestBenefitRuleDto input, CancellationToken cancellationToken = default)
    {
        var rule = input.Rule.ToDefinition();
        var faults = RuleValidator.Validate(rule).Select(e => e with { Path = "rule." + e.Path }).ToList();
        if (faults.Count > 0)
        {
            throw new RuleValidationException(faults);
        }

        var profile = await profiles.GetAsync(input.ProfileId, cancellationToken);
        var policy = input.PolicyId is { } policyId ? await policies.GetAsync(policyId, cancellationToken) : null;
        var on = input.On ?? clock.ChinaToday();
        var decision = BenefitEvaluator.Evaluate([rule], profile.Facts, on)[0];
        return PolicyEvaluation.ToDto(policy, decision);
    }

    private async Task<List<TalentPolicyDto>> ToDtosAsync(IReadOnlyList<TalentPolicy> shown, CancellationToken cancellationToken)
    {
        var ids = shown.Select(p => p.Id).ToList();
        var counts = (await executer.ToListAsync(
                entitlements.GetDetachedQueryable().Where(e => ids.Contains(e.PolicyId) && e.Status != EntitlementStatus.Revoked)
                    .GroupBy(e => e.PolicyId).Select(g => new { g.Key, Count = g.Count() }),
                cancellationToken))
            .ToDictionary(c => c.Key, c => c.Count);
        var today = clock.ChinaToday();
        return shown.Select(p => p.ToDto(OrgUnitNames.Localized(p.TitleZh, p.TitleEn), p.IsInForceOn(today), counts.GetValueOrDefault(p.Id))).ToList();
    }
}
