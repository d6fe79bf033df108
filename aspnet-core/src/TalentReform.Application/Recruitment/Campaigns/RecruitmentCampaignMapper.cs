using Riok.Mapperly.Abstractions;

namespace TalentReform.Recruitment;

/// <summary>Campaign ↔ DTO: positions carry their requirements and scoring as the notice announces them.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class RecruitmentCampaignMapper
{
    public static partial RecruitmentCampaignDto ToDto(this RecruitmentCampaign campaign);

    public static partial CampaignPositionDto ToDto(this CampaignPosition position);

    public static partial PositionRequirementsDto ToDto(this PositionRequirements requirements);

    public static partial PositionScoringDto ToDto(this PositionScoring scoring);

    public static partial OpeningRatioExemptionDto ToDto(this OpeningRatioExemption exemption);

    public static partial CampaignAmendmentDto ToDto(this CampaignAmendment amendment);

    public static partial CampaignConditionChangeDto ToDto(this CampaignConditionChange change);

    /// <param name="position">The position after the decision was recorded.</param>
    public static partial OpeningRatioDecisionDto ToDto(this OpeningRatioResult result, CampaignPositionDto position);

    /// <summary>The input of a position as the domain's spec (the DTO's annotations made the required values present).</summary>
    public static CampaignPositionSpec ToSpec(this CampaignPositionInput input)
    {
        var r = input.Requirements;
        var s = input.Scoring;
        return new CampaignPositionSpec(
            input.PlanLineId!.Value, input.OrgUnitId!.Value, input.PostId!.Value, input.StaffingType!.Value, input.Code, input.Name, input.Places,
            new PositionRequirements(r.MinimumDegree, r.Majors, r.MaxAge, r.ProfessionalTitle, r.MinYearsOfExperience, r.HouseholdRegistration),
            new PositionScoring(
                s.Method!.Value, s.WrittenWeightPercent, s.Decimals, s.Rounding, s.WrittenPassLine, s.InterviewPassLine, s.InterviewRatio, s.OpeningRatio,
                s.Shortfall, s.Replacement, s.CheckOrder, s.ProbationMonths, s.MinimumServiceYears));
    }
}
