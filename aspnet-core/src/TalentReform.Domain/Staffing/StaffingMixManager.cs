using TalentReform.Data;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>人员组合 rules: created only for live units of the zone, and evaluated against the posts as they are now.</summary>
public class StaffingMixManager(
    IRepository<StaffingMixRule> rules,
    IRepository<Post> posts,
    OrgUnitManager orgUnits,
    IAsyncQueryableExecuter executer)
{
    public async Task<StaffingMixRule> CreateAsync(
        Guid zoneId, Guid orgUnitId, StaffingMixRuleKind kind, PostCategory? category, double? minShare, IReadOnlyList<int>? bandRatio, double? maxShare,
        CancellationToken cancellationToken = default)
    {
        await orgUnits.GetActiveAsync(orgUnitId, cancellationToken);
        return new StaffingMixRule(Guid.NewGuid(), zoneId, orgUnitId, kind, category, minShare, bandRatio, maxShare);
    }

    /// <summary>Results of every rule of the given units (all units with rules when null), grouped by unit in rule order.</summary>
    public async Task<Dictionary<Guid, List<StaffingMixRuleResult>>> EvaluateAsync(IReadOnlyCollection<Guid>? orgUnitIds, CancellationToken cancellationToken = default)
    {
        var ruleQuery = rules.GetQueryable();
        if (orgUnitIds is not null)
        {
            ruleQuery = ruleQuery.Where(r => orgUnitIds.Contains(r.OrgUnitId));
        }

        var unitRules = await executer.ToListAsync(ruleQuery, cancellationToken);
        var ruledUnits = unitRules.Select(r => r.OrgUnitId).Distinct().ToList();
        var unitPosts = (await executer.ToListAsync(posts.GetQueryable().Where(p => ruledUnits.Contains(p.OrgUnitId)), cancellationToken))
            .ToLookup(p => p.OrgUnitId);
        return unitRules
            .OrderBy(r => r.Kind).ThenBy(r => r.Id)
            .GroupBy(r => r.OrgUnitId)
            .ToDictionary(g => g.Key, g => g.Select(r => StaffingMixEvaluator.Evaluate(r, unitPosts[g.Key].ToList())).ToList());
    }
}
