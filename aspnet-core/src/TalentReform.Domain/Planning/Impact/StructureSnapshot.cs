using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning.Impact;

public sealed record UnitState(Guid Id, Guid? ParentId, string Code, OrgUnitKind Kind, string NameZh, string NameEn, int FunctionCount, int PostCount)
{
    public int Depth => OrgUnitCodes.Depth(Code);
}

public sealed record PostState(
    Guid Id, Guid OrgUnitId, string Code, string TitleZh, string TitleEn, PostCategory Category, int? Level, StaffingType StaffingType,
    LeadershipRole LeadershipRole, PostStatus Status);

public sealed record SeatState(Guid PersonId, Guid PostId, Guid OrgUnitId);

/// <summary>
/// An immutable picture of a <see cref="ZoneStructure"/> (whose aggregates the changes mutate in place), taken
/// before and after the changes: the live units, the posts, who sits where, and the metrics.
/// </summary>
public sealed record StructureSnapshot(
    IReadOnlyDictionary<Guid, UnitState> Units,
    IReadOnlyDictionary<Guid, PostState> Posts,
    IReadOnlyDictionary<Guid, SeatState> PrimarySeats,
    OrgMetricsSummary Metrics)
{
    public static StructureSnapshot Of(ZoneStructure s)
    {
        var live = s.LiveUnits.ToList();
        var postCounts = s.Posts.Values.GroupBy(p => p.OrgUnitId).ToDictionary(g => g.Key, g => g.Count());
        var units = live.ToDictionary(
            u => u.Id, u => new UnitState(u.Id, u.ParentId, u.Code, u.Kind, u.NameZh, u.NameEn, u.Functions.Count, postCounts.GetValueOrDefault(u.Id)));
        var posts = s.Posts.Values.ToDictionary(
            p => p.Id, p => new PostState(p.Id, p.OrgUnitId, p.Code, p.TitleZh, p.TitleEn, p.Category, p.Level, p.StaffingType, p.LeadershipRole, p.Status));
        // A person should have one primary seat; should a bad row give them two, the earliest counts here and
        // PlanRuleChecker reports the inconsistency (a crash would make the zone's planning unusable).
        var seats = s.Appointments.Values.Where(a => a.IsPrimary)
            .GroupBy(a => a.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.CreationTime).ThenBy(a => a.Id).Select(a => new SeatState(a.PersonId, a.PostId, a.OrgUnitId)).First());

        var slots = s.Appointments.Values.Select(a => new ActiveSlot(a.OrgUnitId, a.PersonId, a.StaffingType, a.IsPrimary)).ToList();
        var mixViolations = PlanRuleChecker.Check(s).Count(v => v.Kind == PlanRuleKind.StaffingMix);
        var liveIds = units.Keys.ToHashSet();
        var metrics = OrgMetricsCalculator.Compute(
            null, s.EffectiveDate, live, s.Posts.Values.Where(p => liveIds.Contains(p.OrgUnitId)).ToList(),
            slots.Where(a => liveIds.Contains(a.OrgUnitId)).ToList(), s.StaffingQuotas.Values.Where(q => liveIds.Contains(q.OrgUnitId)).ToList(), mixViolations);
        return new StructureSnapshot(units, posts, seats, OrgMetricsSummary.Of(metrics));
    }
}

/// <summary>The flatness figures of <see cref="OrgMetrics"/> without the object lists, for storing in a report.</summary>
public sealed record OrgMetricsSummary(
    int Layers, int UnitCount, double AverageSpan, int MaxSpan, int StaffCount, double UnitsPer100Staff, int PostCount,
    int LeadershipPostCount, double LeadershipShare, IReadOnlyList<QuotaUsage> QuotaUsage, int PostsWithoutDutyCount,
    int DutiesWithoutPostCount, int MixViolationCount)
{
    public static OrgMetricsSummary Of(OrgMetrics m) => new(
        m.Layers, m.UnitCount, m.AverageSpan, m.MaxSpan, m.StaffCount, m.UnitsPer100Staff, m.PostCount, m.LeadershipPostCount,
        m.LeadershipShare, m.QuotaUsage, m.PostsWithoutDuty.Count, m.DutiesWithoutPost.Count, m.MixViolationCount);
}
