using TalentReform.Organization;

namespace TalentReform.Planning.Impact;

/// <summary>A unit of the before/after chart: every unit live before or after the plan, with what the plan does to it.</summary>
public sealed record PlanUnitDiff(
    Guid Id, PlanDiffKind Diff, OrgUnitKind Kind, string NameZh, string NameEn, string? NameZhBefore, Guid? ParentIdBefore,
    Guid? ParentIdAfter, int? DepthBefore, int? DepthAfter, int PostCountBefore, int PostCountAfter);

/// <summary>A post the plan adds, removes, moves or regrades.</summary>
public sealed record PlanPostDiff(
    Guid Id, PlanDiffKind Diff, string Code, string TitleZh, string TitleEn, Guid? UnitIdBefore, Guid? UnitIdAfter, string? GradeBefore, string? GradeAfter);

/// <summary>A person whose primary seat the plan changes (null after: no longer on a post).</summary>
public sealed record PlanPersonDiff(Guid PersonId, string Name, string? PostCodeBefore, string? PostCodeAfter, Guid? UnitIdBefore, Guid? UnitIdAfter);

/// <summary>
/// What a plan does, computed on a copy of the zone's structure: flatness metrics before and after, every
/// rule the result breaks (new ones with the change that causes them), the rules it mends, and the
/// structural diff. Stored on the plan at submission, so approvers judge what the drafter saw.
/// </summary>
public sealed record PlanImpactReport(
    DateTimeOffset ComputedAt,
    DateOnly EffectiveDate,
    int ChangeCount,
    OrgMetricsSummary Before,
    OrgMetricsSummary After,
    IReadOnlyList<PlanViolation> Violations,
    IReadOnlyList<PlanViolation> Resolved,
    IReadOnlyList<PlanUnitDiff> Units,
    IReadOnlyList<PlanPostDiff> Posts,
    IReadOnlyList<PlanPersonDiff> Persons)
{
    /// <summary>Hard rules the plan newly breaks; any of them blocks submission.</summary>
    public IReadOnlyList<PlanViolation> BlockingViolations => Violations.Where(v => v.IsHard && v.IsNew).ToList();

    public bool CanSubmit => ChangeCount > 0 && BlockingViolations.Count == 0;
}
