using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// A plan's what-if: flatness before and after, the rules the result breaks (hard ones newly broken block
/// submission, each with the change that causes it), the rules it mends, and the structural diff. Live for
/// drafts; for submitted plans, the report stored at submission (<see cref="IsStored"/>).
/// </summary>
public record PlanImpactDto(
    DateTimeOffset ComputedAt, DateOnly EffectiveDate, int ChangeCount, bool IsStored, bool CanSubmit, int BlockingCount,
    OrgMetricsSummaryDto Before, OrgMetricsSummaryDto After, IReadOnlyList<PlanViolationDto> Violations, IReadOnlyList<PlanViolationDto> Resolved,
    IReadOnlyList<PlanUnitDiffDto> Units, IReadOnlyList<PlanPostDiffDto> Posts, IReadOnlyList<PlanPersonDiffDto> Persons);

public record OrgMetricsSummaryDto(
    int Layers, int UnitCount, double AverageSpan, int MaxSpan, int StaffCount, double UnitsPer100Staff, int PostCount, int LeadershipPostCount,
    double LeadershipShare, IReadOnlyList<QuotaUsageDto> QuotaUsage, int PostsWithoutDutyCount, int DutiesWithoutPostCount, int MixViolationCount);

/// <param name="CausedBy">The change (1-based) after which the breach appeared; null when it was there before the plan.</param>
public record PlanViolationDto(PlanRuleKind Kind, bool IsHard, bool IsNew, int? CausedBy, Guid? UnitId, Guid? PostId, Guid? PersonId, string Message);

public record PlanUnitDiffDto(
    Guid Id, PlanDiffKind Diff, OrgUnitKind Kind, string NameZh, string NameEn, string? NameZhBefore, Guid? ParentIdBefore, Guid? ParentIdAfter,
    int? DepthBefore, int? DepthAfter, int PostCountBefore, int PostCountAfter);

/// <param name="GradeBefore">Category, level and leadership role, in the reader's language.</param>
public record PlanPostDiffDto(
    Guid Id, PlanDiffKind Diff, string Code, string TitleZh, string TitleEn, Guid? UnitIdBefore, Guid? UnitIdAfter, string? GradeBefore, string? GradeAfter);

public record PlanPersonDiffDto(Guid PersonId, string Name, string? PostCodeBefore, string? PostCodeAfter, Guid? UnitIdBefore, Guid? UnitIdAfter);
