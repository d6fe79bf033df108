using TalentReform.Data;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// 免申即享 matching: evaluates every active talent profile of a zone against its policies in force and brings the
/// entitlements in line — new ones proposed, changed amounts followed, ones no longer due revoked (while nothing
/// has been paid), all without any application by the talent. Works in batches of
/// <see cref="MatchingConsts.BatchSize"/> profiles, saving the entitlements and the run's progress after each, so
/// a run over a large zone shows how far it got and never holds more than one batch in memory.
/// </summary>
/// <remarks>
/// Versions: an entitlement belongs to a policy code and rule code. One granted under an earlier version stays as
/// it was granted (grandfathering) unless the version in force says <see cref="TalentPolicy.ReassessGranted"/>;
/// then it is decided again under the new version like any other. Entitlements of policies no longer in force
/// are left alone.
/// </remarks>
public class MatchingService(
    IRepository<TalentProfile> profiles,
    IRepository<TalentPolicy> policies,
    IRepository<Entitlement> entitlements,
    IRepository<MatchingRun> runs,
    IUnitOfWork unitOfWork,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    public const string NoLongerDue = "不再符合条件";

    /// <summary>Runs <paramref name="run"/> (already saved) to its end, saving progress after every batch.</summary>
    public async Task RunAsync(MatchingRun run, CancellationToken cancellationToken = default)
    {
        // Also run by the nightly job, without a signed-in user: every query names the zone itself.
        using var _ = dataFilter.DisableZoneFilter();
        var zoneId = run.ZoneId!.Value;
        var now = clock.GetUtcNow();
        var today = clock.ChinaToday();
        var inForce = (await executer.ToListAsync(policies.GetDetachedQueryable().Where(p => p.ZoneId == zoneId), cancellationToken))
            .Where(p => p.IsInForceOn(today)).ToList();
        var rules = inForce.SelectMany(p => p.Rules.Select(r => new PolicyRule(p, r))).ToList();
        var compiled = rules.Select(r => CompiledRule.Compile(r.Rule)).ToList();
        var ids = await executer.ToListAsync(
            profiles.GetDetachedQueryable().Where(p => p.ZoneId == zoneId && p.IsActive).OrderBy(p => p.Id).Select(p => p.Id), cancellationToken);

        run.Begin(ids.Count);
        await SaveProgressAsync(run, cancellationToken);
        var counts = new MatchingCounts();
        foreach (var batch in ids.Chunk(MatchingConsts.BatchSize))
        {
            var batchProfiles = await executer.ToListAsync(profiles.GetDetachedQueryable().Where(p => batch.Contains(p.Id)), cancellationToken);
            var existing = (await executer.ToListAsync(
                    entitlements.GetQueryable().Where(e => e.ZoneId == zoneId && batch.Contains(e.ProfileId) && e.Status != EntitlementStatus.Revoked),
                    cancellationToken))
                .ToLookup(e => e.ProfileId);
            foreach (var profile in batchProfiles)
            {
                await MatchAsync(profile, rules, compiled, existing[profile.Id], today, now, counts, cancellationToken);
            }

            run.Advance(run.Processed + batch.Length, counts.Created, counts.Changed, counts.Revoked);
            await SaveProgressAsync(run, cancellationToken);
        }

        run.Complete(clock.GetUtcNow());
        await SaveProgressAsync(run, cancellationToken);
    }

    private async Task MatchAsync(
        TalentProfile profile, List<PolicyRule> rules, List<CompiledRule> compiled, IEnumerable<Entitlement> existing, DateOnly today,
        DateTimeOffset now, MatchingCounts counts, CancellationToken cancellationToken)
    {
        var facts = profile.Facts;
        var decisions = BenefitEvaluator.Decide(compiled, facts, today);
        var mine = existing.ToDictionary(e => (e.PolicyCode, e.RuleCode));
        for (var d = 0; d < decisions.Length; d++)
        {
            var (policy, rule) = (rules[d].Policy, rules[d].Rule);
            var decision = decisions[d];
            mine.TryGetValue((policy.Code, rule.Code), out var current);
            if (current is not null && current.PolicyId != policy.Id && !policy.ReassessGranted)
            {
                continue; // granted under an earlier version: grandfathered
            }

            if (decision.Eligible && current is null)
            {
                await entitlements.InsertAsync(new Entitlement(Guid.NewGuid(), profile.ZoneId!.Value, profile.Id, policy, decision, facts, today, now), cancellationToken);
                counts.Created++;
            }
            else if (decision.Eligible && current!.Follow(policy, decision, facts, today, now))
            {
                counts.Changed++;
            }
            else if (!decision.Eligible && current is not null && current.Revoke(NoLongerDue, now))
            {
                counts.Revoked++;
            }
        }
    }

    /// <summary>Saves the batch and the run, then forgets the batch so memory stays flat; the run stays attached.</summary>
    private async Task SaveProgressAsync(MatchingRun run, CancellationToken cancellationToken)
    {
        await runs.SaveChangesAsync(cancellationToken);
        unitOfWork.DiscardPendingChanges();
        await runs.UpdateAsync(run, cancellationToken);
    }

    private sealed record PolicyRule(TalentPolicy Policy, BenefitRuleDefinition Rule);

    private sealed class MatchingCounts
    {
        public int Created { get; set; }
        public int Changed { get; set; }
        public int Revoked { get; set; }
    }
}
