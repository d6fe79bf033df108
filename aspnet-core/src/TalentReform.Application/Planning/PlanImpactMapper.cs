using System.Globalization;
using Riok.Mapperly.Abstractions;
using TalentReform.Planning.Impact;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>The impact report as computed or stored; quota usage maps as Staffing's metrics map it, rule texts and grades are localized for the reader.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(OrgMetricsMapper))]
public static partial class PlanImpactMapper
{
    /// <param name="isStored">Read from the plan (as submitted) rather than computed now.</param>
    [MapProperty(nameof(@PlanImpactReport.BlockingViolations.Count), nameof(PlanImpactDto.BlockingCount))]
    public static partial PlanImpactDto ToDto(this PlanImpactReport report, bool isStored);

    public static partial OrgMetricsSummaryDto ToDto(this OrgMetricsSummary summary);

    public static partial PlanUnitDiffDto ToDto(this PlanUnitDiff unit);

    public static partial PlanPersonDiffDto ToDto(this PlanPersonDiff person);

    [MapPropertyFromSource(nameof(PlanViolationDto.Message), Use = nameof(Message))]
    public static partial PlanViolationDto ToDto(this PlanViolation violation);

    [MapProperty(nameof(PlanPostDiff.GradeBefore), nameof(PlanPostDiffDto.GradeBefore), Use = nameof(Grade))]
    [MapProperty(nameof(PlanPostDiff.GradeAfter), nameof(PlanPostDiffDto.GradeAfter), Use = nameof(Grade))]
    public static partial PlanPostDiffDto ToDto(this PlanPostDiff post);

    /// <summary>The rule's text in the reader's language (a stored report keeps only the arguments).</summary>
    [UserMapping(Default = false)]
    private static string Message(PlanViolation violation) => PlanViolationText.Of(violation).ToString();

    /// <summary>The report stores grades language-neutral ("Management/7/Head"); the reader gets them localized.</summary>
    [UserMapping(Default = false)]
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
