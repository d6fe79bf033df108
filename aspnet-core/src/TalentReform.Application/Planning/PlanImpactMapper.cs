using System.Globalization;
using Riok.Mapperly.Abstractions;
using TalentReform.Planning.Impact;
using TalentReform.Staffing;

namespace TalentReform.Planning;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PlanImpactMapper
{
    public static PlanImpactDto ToDto(this PlanImpactReport report, bool isStored) => new(
        report.ComputedAt, report.EffectiveDate, report.ChangeCount, isStored, report.CanSubmit, report.BlockingViolations.Count,
        report.Before.ToDto(), report.After.ToDto(), report.Violations.Select(ToDto).ToList(), report.Resolved.Select(ToDto).ToList(),
        report.Units.Select(ToDto).ToList(), report.Posts.Select(ToDto).ToList(), report.Persons.Select(ToDto).ToList());

    public static partial OrgMetricsSummaryDto ToDto(this OrgMetricsSummary summary);

    public static partial PlanUnitDiffDto ToDto(this PlanUnitDiff unit);

    public static partial PlanPersonDiffDto ToDto(this PlanPersonDiff person);

    public static PlanViolationDto ToDto(this PlanViolation v) =>
        new(v.Kind, v.IsHard, v.IsNew, v.CausedBy, v.UnitId, v.PostId, v.PersonId, PlanViolationText.Of(v).ToString());

    public static PlanPostDiffDto ToDto(this PlanPostDiff p) =>
        new(p.Id, p.Diff, p.Code, p.TitleZh, p.TitleEn, p.UnitIdBefore, p.UnitIdAfter, Grade(p.GradeBefore), Grade(p.GradeAfter));

    private static QuotaUsageDto ToDto(QuotaUsage usage) => new(usage.StaffingType, usage.Approved, usage.Occupied, usage.Vacant, usage.Usage);

    /// <summary>The report stores grades language-neutral ("Management/7/Head"); the reader gets them localized.</summary>
    private static string? Grade(string? stored)
    {
        if (stored?.Split('/') is not [var category, var level, var role])
        {
            return stored;
        }

        return PlanNames.Grade(
            Enum.Parse<PostCategory>(category), int.TryParse(level, CultureInfo.InvariantCulture, out var l) ? l : null, Enum.Parse<Organization.LeadershipRole>(role));
    }
}
