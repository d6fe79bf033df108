using System.Text.Json.Serialization;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning.Changes;

/// <summary>新设单位 under a live parent (or at the top), starting on the plan's effective date.</summary>
public sealed record CreateUnitChange(Guid NewUnitId, Guid? ParentId, OrgUnitKind Kind, string NameZh, string NameEn, IReadOnlyList<FunctionClause> Functions)
    : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.CreateUnit;

    public override void ApplyTo(ZoneStructure structure)
    {
        var parent = ParentId is { } id ? structure.GetLiveUnit(id) : null;
        ZoneStructure.EnsureDepth((parent?.Depth ?? 0) + 1);
        var unit = new OrgUnit(NewUnitId, structure.ZoneId, parent, structure.NextCode(parent), Kind, NameZh, NameEn, structure.EffectiveDate, structure.Now);
        OrgUnitManager.ReplacePlannedFunctions(unit, Functions.Select(f => (f.Id, f.Text)).ToList());
        structure.Insert(unit);
    }
}

/// <summary>单位更名 (Chinese and English names, short name).</summary>
public sealed record RenameUnitChange(Guid UnitId, string NameZh, string NameEn, string? ShortName) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.RenameUnit;

    public override void ApplyTo(ZoneStructure structure)
    {
        var unit = structure.GetLiveUnit(UnitId);
        unit.SetDetails(unit.Kind, NameZh, NameEn, ShortName, unit.SortOrder);
        structure.MarkReshaped(unit);
    }
}

/// <summary>调整隶属: the unit and its subtree go under another parent (null: to the top).</summary>
public sealed record MoveUnitChange(Guid UnitId, Guid? NewParentId) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.MoveUnit;

    public override void ApplyTo(ZoneStructure structure)
    {
        var unit = structure.GetLiveUnit(UnitId);
        var parent = NewParentId is { } id ? structure.GetLiveUnit(id) : null;
        structure.MoveUnit(unit, parent);
    }
}

/// <summary>
/// 合并单位 (大部门制): each source's posts (with their holders), sub-units and duty clauses move to the
/// surviving unit, its 编制 are added to the survivor's (人随编走), and the source is abolished with its
/// 领导职数 and 人员组合 rules. The survivor's 领导职数 stay as they are: merged leadership posts beyond them
/// show as a broken rule until the plan regrades or abolishes them, as a 大部门制 reform intends.
/// </summary>
public sealed record MergeUnitsChange(IReadOnlyList<Guid> SourceUnitIds, Guid SurvivingUnitId) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.MergeUnits;

    public override void ApplyTo(ZoneStructure structure)
    {
        var survivor = structure.GetLiveUnit(SurvivingUnitId);
        foreach (var sourceId in SourceUnitIds.Distinct())
        {
            var source = structure.GetLiveUnit(sourceId);
            if (source.Id == survivor.Id)
            {
                throw new BusinessException(TalentReformErrorCodes.PlanMergeSurvivorAmongSources, survivor.NameZh);
            }

            if (source.IsAncestorOf(survivor))
            {
                throw new BusinessException(TalentReformErrorCodes.PlanMergeIntoDescendant, source.NameZh, survivor.NameZh);
            }

            Merge(structure, source, survivor);
        }
    }

    private static void Merge(ZoneStructure structure, OrgUnit source, OrgUnit survivor)
    {
        foreach (var child in structure.ChildrenOf(source.Id).Where(c => !c.IsAbolished).OrderBy(c => c.Code, StringComparer.Ordinal).ToList())
        {
            structure.Touch(child, BaseVersionKind.OrgUnit, child.NameZh);
            structure.MoveUnit(child, survivor);
        }

        OrgUnitManager.TransferPlannedFunctions(source, survivor);
        foreach (var post in structure.PostsOf(source.Id).ToList())
        {
            structure.Touch(post, BaseVersionKind.Post, post.Code);
            PostManager.Transfer(post, survivor.Id, post.DutyClauses.Select(c => c.FunctionId), structure.ActiveAppointmentOnPost(post.Id));
        }

        foreach (var quota in structure.StaffingQuotas.Values.Where(q => q.OrgUnitId == source.Id).ToList())
        {
            structure.Touch(quota, BaseVersionKind.StaffingQuota, source.NameZh);
            if (structure.StaffingQuotas.TryGetValue((survivor.Id, quota.StaffingType), out var target))
            {
                structure.Touch(target, BaseVersionKind.StaffingQuota, survivor.NameZh);
                target.SetApproved(target.Approved + quota.Approved, 0);
            }
            else
            {
                structure.Insert(new Staffing.StaffingQuota(Guid.NewGuid(), structure.ZoneId, survivor.Id, quota.StaffingType, quota.Approved));
            }

            structure.Delete(quota);
        }

        structure.AbolishUnit(source);
    }
}

/// <summary>撤销单位: refused while it still has live sub-units or posts (merge or move them first).</summary>
public sealed record AbolishUnitChange(Guid UnitId) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.AbolishUnit;

    public override void ApplyTo(ZoneStructure structure) => structure.AbolishUnit(structure.GetLiveUnit(UnitId));
}

/// <summary>调整职能: the unit's 三定 clauses become exactly these; a clause a post still cites cannot be dropped.</summary>
public sealed record SetFunctionsChange(Guid UnitId, IReadOnlyList<FunctionClause> Functions) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.SetFunctions;

    public override void ApplyTo(ZoneStructure structure)
    {
        var unit = structure.GetLiveUnit(UnitId);
        var kept = Functions.Select(f => f.Id).ToHashSet();
        var cited = structure.PostsOf(unit.Id).SelectMany(p => p.DutyClauses).Select(c => c.FunctionId).ToHashSet();
        if (unit.Functions.FirstOrDefault(f => !kept.Contains(f.Id) && cited.Contains(f.Id)) is { } function)
        {
            throw new BusinessException(TalentReformErrorCodes.OrgUnitFunctionCitedByPost, function.Number, function.Text);
        }

        OrgUnitManager.ReplacePlannedFunctions(unit, Functions.Select(f => (f.Id, f.Text)).ToList());
    }
}
