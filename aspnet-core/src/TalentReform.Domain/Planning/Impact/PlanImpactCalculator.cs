using TalentReform.Planning.Changes;

namespace TalentReform.Planning.Impact;

/// <summary>The impact report and base versions of a plan's changes, run on a detached copy of the zone's structure.</summary>
public sealed record PlanImpactResult(PlanImpactReport Report, IReadOnlyCollection<BaseVersion> BaseVersions)
{
    /// <summary>Per change, in order, the names it referred to just before it ran (stored at submission).</summary>
    public IReadOnlyList<PlanChangeNames> ChangeNames { get; init; } = [];
}

/// <summary>
/// Computes a plan's what-if: loads a detached copy of the zone, takes a snapshot, runs the changes one by one
/// checking the rules after each (so a breach is pinned on the change after which it appeared and stayed),
/// takes the second snapshot and compares. Nothing it does is saved.
/// </summary>
public class PlanImpactCalculator(IZoneStructureSource source, TimeProvider clock)
{
    public async Task<PlanImpactResult> CalculateAsync(
        Guid zoneId, DateOnly effectiveDate, IReadOnlyList<PlanChangeSpec> changes, CancellationToken cancellationToken = default)
    {
        var structure = await source.LoadAsync(zoneId, effectiveDate, tracked: false, cancellationToken);
        var before = StructureSnapshot.Of(structure);
        var baseline = PlanRuleChecker.Check(structure).ToDictionary(v => v.Key);

        // Key → the change after which the breach (re)appeared; 0 = already there before the plan.
        var appearedAfter = baseline.Keys.ToDictionary(k => k, _ => 0);
        var current = baseline.Values.ToList();
        var names = new List<PlanChangeNames>(changes.Count);
        PlanChangeRunner.Run(structure, changes, beforeEach: change => names.Add(PlanChangeNames.Capture(structure, change)), afterEach: number =>
        {
            current = PlanRuleChecker.Check(structure);
            var keys = current.Select(v => v.Key).ToHashSet();
            foreach (var gone in appearedAfter.Keys.Where(k => !keys.Contains(k)).ToList())
            {
                appearedAfter.Remove(gone);
            }

            foreach (var key in keys)
            {
                appearedAfter.TryAdd(key, number);
            }
        });

        var violations = current
            .Select(v => v with { IsNew = !baseline.ContainsKey(v.Key), CausedBy = appearedAfter[v.Key] is var n and > 0 ? n : null })
            .OrderByDescending(v => v.IsHard).ThenByDescending(v => v.IsNew).ThenBy(v => v.Kind)
            .ToList();
        var resultKeys = current.Select(v => v.Key).ToHashSet();
        var resolved = baseline.Values.Where(v => !resultKeys.Contains(v.Key)).ToList();
        var after = StructureSnapshot.Of(structure);

        var report = new PlanImpactReport(
            clock.GetUtcNow(), effectiveDate, changes.Count, before.Metrics, after.Metrics, violations, resolved,
            PlanDiffBuilder.Units(before, after), PlanDiffBuilder.Posts(before, after), PlanDiffBuilder.Persons(before, after, structure));
        return new PlanImpactResult(report, structure.Touched.ToList()) { ChangeNames = names };
    }
}
