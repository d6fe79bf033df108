using System.Globalization;
using TalentReform.Staffing;

namespace TalentReform.Planning.Impact;

/// <summary>Compares the snapshots before and after a plan's changes.</summary>
public static class PlanDiffBuilder
{
    public static IReadOnlyList<PlanUnitDiff> Units(StructureSnapshot before, StructureSnapshot after)
    {
        var ids = before.Units.Keys.Union(after.Units.Keys);
        return ids.Select(id =>
            {
                var b = before.Units.GetValueOrDefault(id);
                var a = after.Units.GetValueOrDefault(id);
                var diff = (b, a) switch
                {
                    (null, _) => PlanDiffKind.Added,
                    (_, null) => PlanDiffKind.Removed,
                    _ when b.ParentId != a.ParentId => PlanDiffKind.Moved,
                    _ when b.NameZh != a.NameZh || b.NameEn != a.NameEn || b.FunctionCount != a.FunctionCount || b.PostCount != a.PostCount => PlanDiffKind.Changed,
                    _ => PlanDiffKind.Unchanged,
                };
                var current = a ?? b!;
                return new PlanUnitDiff(
                    id, diff, current.Kind, current.NameZh, current.NameEn, b is not null && a is not null && b.NameZh != a.NameZh ? b.NameZh : null,
                    b?.ParentId, a?.ParentId, b?.Depth, a?.Depth, b?.PostCount ?? 0, a?.PostCount ?? 0);
            })
            .OrderBy(u => u.DepthAfter ?? u.DepthBefore).ThenBy(u => u.NameZh, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<PlanPostDiff> Posts(StructureSnapshot before, StructureSnapshot after)
    {
        var result = new List<PlanPostDiff>();
        foreach (var id in before.Posts.Keys.Union(after.Posts.Keys))
        {
            var b = before.Posts.GetValueOrDefault(id);
            var a = after.Posts.GetValueOrDefault(id);
            var diff = (b, a) switch
            {
                (null, _) => PlanDiffKind.Added,
                (_, null) => PlanDiffKind.Removed,
                _ when b.OrgUnitId != a.OrgUnitId => PlanDiffKind.Moved,
                _ when Grade(b) != Grade(a) || b.TitleZh != a.TitleZh => PlanDiffKind.Changed,
                _ => PlanDiffKind.Unchanged,
            };
            if (diff != PlanDiffKind.Unchanged)
            {
                var current = a ?? b!;
                result.Add(new PlanPostDiff(
                    id, diff, current.Code, current.TitleZh, current.TitleEn, b?.OrgUnitId, a?.OrgUnitId, b is null ? null : Grade(b), a is null ? null : Grade(a)));
            }
        }

        return result.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<PlanPersonDiff> Persons(StructureSnapshot before, StructureSnapshot after, ZoneStructure structure)
    {
        var result = new List<PlanPersonDiff>();
        foreach (var personId in before.PrimarySeats.Keys.Union(after.PrimarySeats.Keys))
        {
            var b = before.PrimarySeats.GetValueOrDefault(personId);
            var a = after.PrimarySeats.GetValueOrDefault(personId);
            if (b?.PostId != a?.PostId)
            {
                result.Add(new PlanPersonDiff(
                    personId, structure.PersonName(personId), b is null ? null : before.Posts.GetValueOrDefault(b.PostId)?.Code,
                    a is null ? null : after.Posts.GetValueOrDefault(a.PostId)?.Code, b?.OrgUnitId, a?.OrgUnitId));
            }
        }

        return result.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Category, level and leadership role in a stable, language-neutral form (e.g. "Management/7/Head").</summary>
    private static string Grade(PostState p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Category}/{p.Level?.ToString(CultureInfo.InvariantCulture) ?? "-"}/{p.LeadershipRole}");
}
