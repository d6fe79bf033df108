namespace TalentReform.Organization;

/// <summary>A unit in the tree, children in sort order (then code).</summary>
public record OrgUnitTreeNodeDto(
    Guid Id,
    Guid? ParentId,
    string Code,
    OrgUnitKind Kind,
    string NameZh,
    string NameEn,
    string? ShortName,
    int SortOrder,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<OrgUnitTreeNodeDto> Children);
