using TalentReform.Data;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// 免申即享 matching: evaluates every active talent profile of a zone against its policies in force and brings the
/// entitlements in line — new ones proposed, changed amounts followed, ones no longer due revoked (while nothing
/// has been paid), all without any application by the talent.
/// </summary>
public class MatchingService(
    IRepository<TalentProfile> profiles,
    IRepository<TalentPolicy> policies,
    IRepository<Entitlement> entitlements,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    public const string NoLongerDue = "不再符合条件";

    public async Task RunAsync(MatchingRun run, CancellationToken cancellationToken = default)
    {
        var zoneId = run.ZoneId!.Value;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var active = await executer.ToListAsync(profiles.GetDetachedQueryable().Where(p => p.ZoneId == zoneId && p.IsActive), cancellationToken);
        var inForce = (await executer.ToListAsync(policies.GetDetachedQueryable().Where(p => p.ZoneId == zoneId), cancellationToken))
            .Where(p => p.IsInForceOn(today)).ToList();
        var rules = inForce.SelectMany(p => p.Rules.Select(r => (Policy: p, Rule: r))).ToList();
        var definitions = rules.Select(r => r.Rule).ToList();
        var existing = (await executer.ToListAsync(
                entitlements.GetQueryable().Where(e => e.ZoneId == zoneId && e.Status != EntitlementStatus.Revoked), cancellationToken))
            .ToLookup(e => e.ProfileId);

        run.Begin(active.Count);
        int created = 0, changed = 0, revoked = 0;
        for (var i = 0; i < active.Count; i++)
        {
            var profile = active[i];
            var decisions = BenefitEvaluator.Evaluate(definitions, profile.Facts, today);
            var mine = existing[profile.Id].ToDictionary(e => (e.PolicyId, e.RuleCode));
            for (var d = 0; d < decisions.Count; d++)
            {
                var (policy, rule) = rules[d];
                var decision = decisions[d];
                mine.Remove((policy.Id, rule.Code), out var current);
                if (decision.Eligible && current is null)
                {
                    await entitlements.InsertAsync(new Entitlement(Guid.NewGuid(), zoneId, profile.Id, policy, decision, now), cancellationToken);
                    created++;
                }
                else if (decision.Eligible && current!.Follow(decision, now))
                {
                    changed++;
                }
                else if (!decision.Eligible && current is not null && current.Revoke(NoLongerDue, now))
                {
                    revoked++;
                }
            }

            // Entitlements of policies no longer in force are left as they are (grandfathered).
            run.Advance(i + 1, created, changed, revoked);
        }

        run.Complete(clock.GetUtcNow());
    }
}
