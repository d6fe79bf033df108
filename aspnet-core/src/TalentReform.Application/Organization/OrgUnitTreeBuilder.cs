namespace TalentReform.Organization;

/// <summary>Builds the nested tree from a flat, code-ordered list in one pass over a parent lookup.</summary>
internal static class OrgUnitTreeBuilder
{
    public static List<OrgUnitTreeNodeDto> Build(IReadOnlyCollection<OrgUnit> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var byParent = units.ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (Guid?)null);
        return Children(byParent, null);
    }

    private static List<OrgUnitTreeNodeDto> Children(ILookup<Guid?, OrgUnit> byParent, Guid? parentId) =>
        byParent[parentId]
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new OrgUnitTreeNodeDto(
                u.Id, u.ParentId, u.Code, u.Kind, u.NameZh, u.NameEn, u.ShortName, u.SortOrder, u.EffectiveFrom, u.EffectiveTo,
                Children(byParent, u.Id)))
            .ToList();
}
