using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// Entitlements as the API shows them: with the talent's name, the policy version's title, document and article,
/// and "why I qualify" — the rule of that version evaluated on the facts the benefit was decided on, so the
/// explanation is the one the decision was made with, even after the profile or the policy changed.
/// </summary>
public class EntitlementDtoBuilder(IRepository<TalentPolicy> policies, IRepository<TalentProfile> profiles, IAsyncQueryableExecuter executer)
{
    public async Task<List<EntitlementDto>> BuildAsync(IReadOnlyList<Entitlement> items, CancellationToken cancellationToken)
    {
        var policyIds = items.Select(e => e.PolicyId).Distinct().ToList();
        var byId = (await executer.ToListAsync(policies.GetDetachedQueryable().Where(p => policyIds.Contains(p.Id)), cancellationToken)).ToDictionary(p => p.Id);
        var names = await profiles.NamesAsync(executer, items.Select(e => e.ProfileId), cancellationToken);
        return items.Select(e => ToDto(e, byId.GetValueOrDefault(e.PolicyId), names.GetValueOrDefault(e.ProfileId) ?? "")).ToList();
    }

    private static EntitlementDto ToDto(Entitlement e, TalentPolicy? policy, string profileName)
    {
        var rule = policy?.Rules.FirstOrDefault(r => r.Code == e.RuleCode);
        var explanation = rule is null ? [] : PolicyEvaluation.Explain(ConditionEvaluator.Evaluate(rule.Condition, e.Facts, e.DecidedOn));
        return e.ToDto(
            profileName, policy is null ? e.PolicyCode : OrgUnitNames.Localized(policy.TitleZh, policy.TitleEn), policy?.Document ?? "", rule?.Article,
            OrgUnitNames.Localized(e.NameZh, e.NameEn), explanation);
    }
}
