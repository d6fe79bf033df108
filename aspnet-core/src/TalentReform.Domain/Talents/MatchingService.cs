using TalentReform.Data;
using TalentReform.Talents.Rules;

namespace TalentReform.Talents;

/// <summary>
/// 免申即享 matching: evaluates every active talent profile of a zone against its policies in force and brings the
/// entitlements in line — new ones proposed, changed amounts followed, ones no longer due revoked (while nothing
/// has been paid), all without any application by the talent. Works in batches of
/// <see cref="MatchingConsts.BatchSize"/> profiles, saving the entitlements and the run's progress after each, so
/// a run over a large zone shows how far it got and never holds more than one batch in memory. Each batch is
/// one transaction.
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
    CertificationExpiry certificationExpiry,
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

        // Tiers whose 人才认定 has expired no longer count from today.
        await certificationExpiry.ApplyAsync(zoneId, today, cancellationToken);
        var inForce = (await executer.ToListAsync(policies.GetDetachedQueryable().Where(p => p.ZoneId == zoneId), cancellationToken))
            .Where(p => p.IsInForceOn(today)).ToList();
        var rules = inForce.SelectMany(p => p.Rules.Select(r => new PolicyRule(p, r))).ToList();
        var compiled = rules.Select(r => CompiledRule.Compile(r.Rule)).ToList();
        var ids = await executer.ToListAsync(
            profiles.GetDetachedQueryable().Where(p => p.ZoneId == zoneId && p.IsActive).OrderBy(p => p.Id).Select(p => p.Id), cancellationToken);

        run.Begin(ids.Count);
        await SaveProgressAsync(run, cancellationToken);
        var counts = new MatchingCounts();
        var processed = 0;
        foreach (var batch in ids.Chunk(MatchingConsts.BatchSize))
        {
            // One transaction per batch: its entitlements and the run's progress are kept together, and on SQLite
            // the added rows go through the prepared-insert writer instead of one EF command each.
            var done = await unitOfWork.RunInTransactionAsync(
                async ct =>
                {
                    await runs.UpdateAsync(run, ct);
                    var batchCounts = await MatchBatchAsync(zoneId, batch, rules, compiled, today, now, ct);
                    run.Advance(processed + batch.Length, counts.Created + batchCounts.Created, counts.Changed + batchCounts.Changed, counts.Revoked + batchCounts.Revoked);
                    await runs.SaveChangesAsync(ct);
                    return (batchCounts, true);
                },
                cancellationToken);
            processed += batch.Length;
            counts.Add(done);
        }

        await runs.UpdateAsync(run, cancellationToken);
        run.Complete(clock.GetUtcNow());
        await SaveProgressAsync(run, cancellationToken);
    }

    /// <summary>
    /// Decides a batch of profiles against the existing entitlements read as plain keys; only the entitlements a
    /// decision changes are loaded and tracked (most of a run changes nothing).
    /// </summary>
    private async Task<MatchingCounts> MatchBatchAsync(
        Guid zoneId, Guid[] batch, List<PolicyRule> rules, List<CompiledRule> compiled, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var counts = new MatchingCounts();
        var batchProfiles = await executer.ToListAsync(profiles.GetDetachedQueryable().Where(p => batch.Contains(p.Id)), ct);
        var existing = (await executer.ToListAsync(
                entitlements.GetDetachedQueryable()
                    .Where(e => e.ZoneId == zoneId && batch.Contains(e.ProfileId) && e.Status != EntitlementStatus.Revoked)
                    .Select(e => new ExistingEntitlement(e.Id, e.ProfileId, e.PolicyId, e.PolicyCode, e.RuleCode, e.Status, e.Amount)),
                ct))
            .ToLookup(e => e.ProfileId);
        var changes = new List<(Guid Id, TalentPolicy Policy, BenefitVerdict? Verdict, TalentFacts Facts)>();
        foreach (var profile in batchProfiles)
        {
            var facts = profile.Facts;
            var verdicts = BenefitEvaluator.Decide(compiled, facts, today);
            var mine = existing[profile.Id].ToDictionary(e => (e.PolicyCode, e.RuleCode));
            for (var d = 0; d < verdicts.Length; d++)
            {
                var (policy, verdict) = (rules[d].Policy, verdicts[d]);
                mine.TryGetValue((policy.Code, verdict.Rule.Code), out var current);
                if (current is null)
                {
                    if (verdict.Eligible)
                    {
                        await entitlements.InsertAsync(new Entitlement(Guid.NewGuid(), zoneId, profile.Id, policy, verdict, facts, today, now), ct);
                        counts.Created++;
                    }
                }
                else if (current.IsOpen && (current.PolicyId == policy.Id || policy.ReassessGranted)
                         && (!verdict.Eligible || verdict.Amount != current.Amount || current.PolicyId != policy.Id))
                {
                    // Not grandfathered, and the decision differs from what was granted.
                    changes.Add((current.Id, policy, verdict.Eligible ? verdict : null, facts));
                }
            }
        }

        if (changes.Count > 0)
        {
            var ids = changes.Select(c => c.Id).ToList();
            var tracked = (await executer.ToListAsync(entitlements.GetQueryable().Where(e => ids.Contains(e.Id)), ct)).ToDictionary(e => e.Id);
            foreach (var (id, policy, verdict, facts) in changes)
            {
                if (verdict is not null && tracked[id].Follow(policy, verdict, facts, today, now))
                {
                    counts.Changed++;
                }
                else if (verdict is null && tracked[id].Revoke(NoLongerDue, now))
                {
                    counts.Revoked++;
                }
            }
        }

        return counts;
    }

    /// <summary>Saves the batch and the run, then forgets the batch so memory stays flat; the run stays attached.</summary>
    private async Task SaveProgressAsync(MatchingRun run, CancellationToken cancellationToken)
    {
        await runs.SaveChangesAsync(cancellationToken);
        unitOfWork.DiscardPendingChanges();
        await runs.UpdateAsync(run, cancellationToken);
    }

    private sealed record PolicyRule(TalentPolicy Policy, BenefitRuleDefinition Rule);

    private sealed record ExistingEntitlement(Guid Id, Guid ProfileId, Guid PolicyId, string PolicyCode, string RuleCode, EntitlementStatus Status, decimal Amount)
    {
        public bool IsOpen => Status is EntitlementStatus.Proposed or EntitlementStatus.Confirmed;
    }

    private sealed class MatchingCounts
    {
        public int Created { get; set; }
        public int Changed { get; set; }
        public int Revoked { get; set; }

        public void Add(MatchingCounts other)
        {
            Created += other.Created;
            Changed += other.Changed;
            Revoked += other.Revoked;
        }
    }
}
