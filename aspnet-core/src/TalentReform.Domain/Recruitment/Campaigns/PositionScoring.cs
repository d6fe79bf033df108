namespace TalentReform.Recruitment;

/// <summary>
/// How a position recruits and scores, announced in the notice and fixed at publication. 考试招聘 needs every
/// written-exam setting (weight, pass line, interview ratio, 开考比例); 直接考察 has none of them (its total is the
/// interview/考核 score). Defaults: <see cref="RecruitmentDefaults"/>.
/// </summary>
public sealed record PositionScoring(
    RecruitmentMethod Method,
    int? WrittenWeightPercent,
    int Decimals,
    ScoreRounding Rounding,
    decimal? WrittenPassLine,
    decimal InterviewPassLine,
    int? InterviewRatio,
    int? OpeningRatio,
    OpeningRatioShortfall? Shortfall,
    ReplacementPolicy Replacement,
    CheckOrder CheckOrder,
    int ProbationMonths,
    int? MinimumServiceYears)
{
    /// <summary>考试招聘 with the defaults: 50/50, two decimals half up, pass lines 60, 1:3 and 1:3, places reduced on a shortfall.</summary>
    public static PositionScoring ExaminationDefaults => new(
        RecruitmentMethod.Examination,
        RecruitmentDefaults.WrittenWeightPercent,
        RecruitmentDefaults.ScoreDecimals,
        ScoreRounding.HalfUp,
        RecruitmentDefaults.PassLine,
        RecruitmentDefaults.PassLine,
        RecruitmentDefaults.InterviewRatio,
        RecruitmentDefaults.OpeningRatio,
        OpeningRatioShortfall.ReducePlaces,
        ReplacementPolicy.Once,
        CheckOrder.MedicalFirst,
        RecruitmentCampaignConsts.ShortProbationMonths,
        null);

    /// <summary>直接考察 with the defaults: no written exam, no ratios; 体检, 考察 and 公示 as for an examination.</summary>
    public static PositionScoring DirectAssessmentDefaults => ExaminationDefaults with
    {
        Method = RecruitmentMethod.DirectAssessment,
        WrittenWeightPercent = null,
        WrittenPassLine = null,
        InterviewRatio = null,
        OpeningRatio = null,
        Shortfall = null,
    };

    public bool HasWrittenExam => Method == RecruitmentMethod.Examination;

    /// <summary>The interview's weight in the total: the rest of the written weight (all of it without a written exam).</summary>
    public int InterviewWeightPercent => 100 - (WrittenWeightPercent ?? 0);

    internal PositionScoring Validated(string positionCode)
    {
        var written = new object?[] { WrittenWeightPercent, WrittenPassLine, InterviewRatio, OpeningRatio, Shortfall };
        if (Method == RecruitmentMethod.DirectAssessment && written.Any(v => v is not null))
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignDirectAssessmentHasWrittenExam, positionCode);
        }

        if (Method == RecruitmentMethod.Examination && written.Any(v => v is null))
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignExaminationSettingsMissing, positionCode);
        }

        if (WrittenWeightPercent is < 0 or > 100)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignWeightInvalid, WrittenWeightPercent);
        }

        foreach (var ratio in new[] { InterviewRatio, OpeningRatio })
        {
            if (ratio is < 1 or > RecruitmentCampaignConsts.MaxRatio)
            {
                throw new BusinessException(TalentReformErrorCodes.CampaignRatioInvalid, ratio, RecruitmentCampaignConsts.MaxRatio);
            }
        }

        foreach (var line in new[] { WrittenPassLine, InterviewPassLine })
        {
            if (line is < 0m or > RecruitmentCampaignConsts.MaxScore)
            {
                throw new BusinessException(TalentReformErrorCodes.CampaignPassLineInvalid, line, RecruitmentCampaignConsts.MaxScore);
            }
        }

        if (Decimals is < 0 or > RecruitmentCampaignConsts.MaxScoreDecimals)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignScoreDecimalsInvalid, Decimals, RecruitmentCampaignConsts.MaxScoreDecimals);
        }

        if (ProbationMonths is not (RecruitmentCampaignConsts.ShortProbationMonths or RecruitmentCampaignConsts.ExtendedProbationMonths))
        {
            throw new BusinessException(
                TalentReformErrorCodes.CampaignProbationMonthsInvalid, ProbationMonths, RecruitmentCampaignConsts.ShortProbationMonths, RecruitmentCampaignConsts.ExtendedProbationMonths);
        }

        if (MinimumServiceYears is < 1 or > RecruitmentCampaignConsts.MaxMinimumServiceYears)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignMinimumServiceYearsInvalid, MinimumServiceYears, RecruitmentCampaignConsts.MaxMinimumServiceYears);
        }

        return this;
    }
}
