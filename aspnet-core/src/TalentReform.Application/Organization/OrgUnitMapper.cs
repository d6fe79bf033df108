using Riok.Mapperly.Abstractions;

namespace TalentReform.Organization;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class OrgUnitMapper
{
    public static partial OrgUnitDto ToDto(this OrgUnit unit);

    private static partial OrgUnitFunctionDto ToDto(OrgUnitFunction function);

    /// <summary>A unit of the tree (today's, or as it stood on a past date) with its already built children.</summary>
    internal static partial OrgUnitTreeNodeDto ToTreeNode(this OrgUnitTreeBuilder.Snapshot unit, IReadOnlyList<OrgUnitTreeNodeDto> children);
}
