using TalentReform.Data;
using TalentReform.Organization;

namespace TalentReform.Staffing;

/// <summary>Slots of one staffing type in the scope: approved by the units' quotas, and taken by active appointments.</summary>
public sealed record QuotaUsage(StaffingType StaffingType, int Approved, int Occupied)
{
    public int Vacant => Math.Max(0, Approved - Occupied);

    public double Usage => Approved == 0 ? 0 : Math.Round((double)Occupied / Approved, 4);
}

/// <summary>The slot an active appointment takes: its unit and type, and whether it is the person's main post.</summary>
public sealed record ActiveSlot(Guid OrgUnitId, Guid PersonId, StaffingType StaffingType, bool IsPrimary);

/// <summary>A duty clause no post cites (one half of a 三定 gap).</summary>
public sealed record UncitedDuty(OrgUnit Unit, OrgUnitFunction Function);

/// <summary>How flat and lean the zone (or a subtree) is today; see <see cref="OrgMetricsCalculator"/>.</summary>
public sealed record OrgMetrics(
    Guid? ScopeUnitId,
    DateOnly AsOf,
    int Layers,
    int UnitCount,
    double AverageSpan,
    int MaxSpan,
    int StaffCount,
    double UnitsPer100Staff,
    int PostCount,
    int LeadershipPostCount,
    double LeadershipShare,
    IReadOnlyList<QuotaUsage> QuotaUsage,
    IReadOnlyList<Post> PostsWithoutDuty,
    IReadOnlyList<UncitedDuty> DutiesWithoutPost,
    int MixViolationCount);

/// <summary>
/// Flatness metrics computed from the live data every time (nothing is stored, so nothing goes stale):
/// layers = depth of the live tree (its root = 1); span of control = direct sub-units of a unit that has
/// any; staff = people with an active primary appointment; leadership posts = head or deputy posts;
/// quota usage per type over the units' quotas; the 三定 gaps; and the 人员组合 rules broken. With a unit,
/// everything is taken over that unit and its descendants, the unit counting as layer 1.
/// </summary>
public class OrgMetricsCalculator(
    OrgUnitManager orgUnits,
    StaffingMixManager mix,
    IRepository<Post> posts,
    IRepository<Appointment> appointments,
    IRepository<StaffingQuota> quotas,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    public async Task<OrgMetrics> CalculateAsync(Guid? scopeUnitId, CancellationToken cancellationToken = default)
    {
        var live = await orgUnits.GetActiveUnitsWithFunctionsAsync(cancellationToken);
        var scope = live;
        if (scopeUnitId is { } rootId)
        {
            var root = live.FirstOrDefault(u => u.Id == rootId) ?? await orgUnits.GetActiveAsync(rootId, cancellationToken);
            scope = live.Where(u => u.Id == root.Id || OrgUnitCodes.IsDescendantOf(u.Code, root.Code)).ToList();
        }

        var unitIds = scope.Select(u => u.Id).ToHashSet();
        var scopePosts = (await executer.ToListAsync(posts.GetQueryable(), cancellationToken)).Where(p => unitIds.Contains(p.OrgUnitId)).ToList();
        var active = (await executer.ToListAsync(
                appointments.GetQueryable().Where(a => a.EndedOn == null).Select(a => new { a.OrgUnitId, a.PersonId, a.StaffingType, a.IsPrimary }),
                cancellationToken))
            .Where(a => unitIds.Contains(a.OrgUnitId))
            .ToList();
        var scopeQuotas = (await executer.ToListAsync(quotas.GetQueryable(), cancellationToken)).Where(q => unitIds.Contains(q.OrgUnitId)).ToList();

        var slots = active.Select(a => new ActiveSlot(a.OrgUnitId, a.PersonId, a.StaffingType, a.IsPrimary)).ToList();
        var violations = (await mix.EvaluateAsync(unitIds, cancellationToken)).Values.SelectMany(r => r).Count(r => r.IsViolated);
        return Compute(scopeUnitId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), scope, scopePosts, slots, scopeQuotas, violations);
    }

    /// <summary>
    /// The metrics of a scope already in memory: the live units (with their clauses), their posts, the active
    /// appointments' slots and the units' quotas. A staffing plan's impact uses it on the plan's copy.
    /// </summary>
    public static OrgMetrics Compute(
        Guid? scopeUnitId, DateOnly asOf, IReadOnlyCollection<OrgUnit> scope, IReadOnlyCollection<Post> scopePosts,
        IReadOnlyCollection<ActiveSlot> active, IReadOnlyCollection<StaffingQuota> scopeQuotas, int mixViolations)
    {
        var unitIds = scope.Select(u => u.Id).ToHashSet();
        var topDepth = scope.Select(u => u.Depth).DefaultIfEmpty(1).Min();
        var layers = scope.Count == 0 ? 0 : scope.Max(u => u.Depth) - topDepth + 1;
        var spans = scope.Where(u => u.ParentId is { } p && unitIds.Contains(p)).GroupBy(u => u.ParentId!.Value).Select(g => g.Count()).ToList();
        var staff = active.Where(a => a.IsPrimary).Select(a => a.PersonId).Distinct().Count();
        var leadership = scopePosts.Count(p => p.LeadershipRole != LeadershipRole.None);
        var usage = Enum.GetValues<StaffingType>()
            .Select(type => new QuotaUsage(
                type, scopeQuotas.Where(q => q.StaffingType == type).Sum(q => q.Approved), active.Count(a => a.StaffingType == type)))
            .Where(u => u.Approved > 0 || u.Occupied > 0)
            .ToList();

        var cited = scopePosts.SelectMany(p => p.DutyClauses).Select(c => c.FunctionId).ToHashSet();
        var uncited = scope.SelectMany(u => u.Functions.Where(f => !cited.Contains(f.Id)).Select(f => new UncitedDuty(u, f))).ToList();

        return new OrgMetrics(
            scopeUnitId,
            asOf,
            layers,
            scope.Count,
            spans.Count == 0 ? 0 : Math.Round(spans.Average(), 2),
            spans.DefaultIfEmpty(0).Max(),
            staff,
            staff == 0 ? 0 : Math.Round(scope.Count * 100.0 / staff, 2),
            scopePosts.Count,
            leadership,
            scopePosts.Count == 0 ? 0 : Math.Round((double)leadership / scopePosts.Count, 4),
            usage,
            scopePosts.Where(p => p.DutyClauses.Count == 0).OrderBy(p => p.Code, StringComparer.Ordinal).ToList(),
            uncited,
            mixViolations);
    }
}
