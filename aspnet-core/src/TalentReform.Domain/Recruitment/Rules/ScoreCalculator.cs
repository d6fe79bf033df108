namespace TalentReform.Recruitment;

/// <summary>
/// 总成绩: the written and interview scores combined with the weights, scale and rounding the notice announced
/// (RECRUITMENT-RULES §1.5). Decimal arithmetic throughout: a binary double turns 70.005 into 70.00499… and
/// rounds it the wrong way, and one hundredth decides ranks.
/// </summary>
public static class ScoreCalculator
{
    /// <summary>
    /// written × w% + interview × (100 − w)%, cut once at the end to <paramref name="decimals"/> places: rounding
    /// the two weighted parts separately could move the total by a hundredth.
    /// </summary>
    public static decimal WeightedTotal(decimal written, decimal interview, int writtenWeightPercent,
        int decimals = RecruitmentDefaults.ScoreDecimals, ScoreRounding rounding = ScoreRounding.HalfUp)
    {
        EnsureScore(written);
        EnsureScore(interview);
        if (writtenWeightPercent is < 0 or > 100)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentWeightOutOfRange, writtenWeightPercent);
        }

        var raw = (written * writtenWeightPercent + interview * (100 - writtenWeightPercent)) / 100m;
        return Cut(raw, decimals, rounding);
    }

    /// <summary>
    /// The total by the position's method: 考试招聘 weights the written and interview scores, 考核招聘/直接考察 takes
    /// the assessment score alone (a written score there is ignored: there is no exam to weigh).
    /// </summary>
    public static decimal Total(RecruitmentMethod method, decimal? written, decimal interview, int writtenWeightPercent,
        int decimals = RecruitmentDefaults.ScoreDecimals, ScoreRounding rounding = ScoreRounding.HalfUp)
    {
        if (method == RecruitmentMethod.DirectAssessment)
        {
            return DirectAssessmentTotal(interview, decimals, rounding);
        }

        return written is { } score
            ? WeightedTotal(score, interview, writtenWeightPercent, decimals, rounding)
            : throw new BusinessException(TalentReformErrorCodes.RecruitmentWrittenScoreMissing);
    }

    /// <summary>考核招聘/直接考察: there is no written exam, the total is the assessment (interview) score on the same scale.</summary>
    public static decimal DirectAssessmentTotal(decimal assessment,
        int decimals = RecruitmentDefaults.ScoreDecimals, ScoreRounding rounding = ScoreRounding.HalfUp)
    {
        EnsureScore(assessment);
        return Cut(assessment, decimals, rounding);
    }

    /// <summary>
    /// 折算为百分制: a raw score on another full mark (a 120-point paper; 职测 + 综合 out of 300) on the 100-point
    /// scale, cut like a total, since notices publish the converted written score that then enters the total.
    /// </summary>
    public static decimal ToHundredPointScale(decimal raw, decimal fullMark,
        int decimals = RecruitmentDefaults.ScoreDecimals, ScoreRounding rounding = ScoreRounding.HalfUp)
    {
        if (fullMark <= 0)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentFullMarkInvalid, fullMark);
        }

        EnsureScore(raw, fullMark);
        return Cut(raw * RecruitmentRuleDefaults.FullMark / fullMark, decimals, rounding);
    }

    /// <summary>四舍五入 rounds half away from zero (not banker's rounding); 截尾 drops the extra digits.</summary>
    public static decimal Cut(decimal value, int decimals, ScoreRounding rounding)
    {
        if (decimals is < 0 or > RecruitmentRuleDefaults.MaxScoreDecimals)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentScoreDecimalsOutOfRange, decimals, RecruitmentRuleDefaults.MaxScoreDecimals);
        }

        var mode = rounding == ScoreRounding.Truncate ? MidpointRounding.ToZero : MidpointRounding.AwayFromZero;
        return Math.Round(value, decimals, mode);
    }

    private static void EnsureScore(decimal score, decimal fullMark = RecruitmentRuleDefaults.FullMark)
    {
        if (score < 0 || score > fullMark)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentScoreOutOfRange, score, fullMark);
        }
    }
}
