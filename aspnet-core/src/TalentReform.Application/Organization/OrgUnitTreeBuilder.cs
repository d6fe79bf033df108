namespace TalentReform.Organization;

/// <summary>Builds the nested tree from a flat list (units of today, or versions of a past date) in one pass over a parent lookup.</summary>
internal static class OrgUnitTreeBuilder
{
    public static List<OrgUnitTreeNodeDto> Build(IReadOnlyCollection<Snapshot> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var byParent = units.ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (Guid?)null);
        return Children(byParent, null);
    }

    private static List<OrgUnitTreeNodeDto> Children(ILookup<Guid?, Snapshot> byParent, Guid? parentId) =>
        byParent[parentId]
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => u.ToTreeNode(Children(byParent, u.Id)))
            .ToList();

    /// <summary>A unit's place and names on some date; the effective period is always the unit's own.</summary>
    internal sealed record Snapshot(
        Guid Id, Guid? ParentId, string Code, OrgUnitKind Kind, string NameZh, string NameEn, string? ShortName, int SortOrder,
        DateOnly EffectiveFrom, DateOnly? EffectiveTo)
    {
        public static Snapshot Of(OrgUnit u) =>
            new(u.Id, u.ParentId, u.Code, u.Kind, u.NameZh, u.NameEn, u.ShortName, u.SortOrder, u.EffectiveFrom, u.EffectiveTo);

        public static Snapshot Of(OrgUnitVersion v, OrgUnit u) =>
            new(u.Id, v.ParentId, v.Code, v.Kind, v.NameZh, v.NameEn, v.ShortName, v.SortOrder, u.EffectiveFrom, u.EffectiveTo);
    }
}
