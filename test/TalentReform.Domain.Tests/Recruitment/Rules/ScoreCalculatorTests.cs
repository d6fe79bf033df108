namespace TalentReform.Recruitment;

/// <summary>总成绩 with the notice's weights, scale and rounding (RECRUITMENT-RULES §1.5), computed by hand.</summary>
public class ScoreCalculatorTests
{
    [Theory]
    // 60/40: 78.50 × 0.6 + 82.30 × 0.4 = 47.10 + 32.92 = 80.02
    [InlineData("78.50", "82.30", 60, "80.02", "80.02")]
    // 50/50: (80.01 + 60.00) / 2 = 70.005 exactly: half up → 70.01 (banker's rounding would give 70.00), truncated → 70.00
    [InlineData("80.01", "60.00", 50, "70.01", "70.00")]
    // 40/60: 72.35 × 0.4 + 85.17 × 0.6 = 28.94 + 51.102 = 80.042
    [InlineData("72.35", "85.17", 40, "80.04", "80.04")]
    // 60/40: 70.03 × 0.6 + 80.02 × 0.4 = 42.018 + 32.008 = 74.026
    [InlineData("70.03", "80.02", 60, "74.03", "74.02")]
    // 40/60 with a three-decimal interview average: 75.00 × 0.4 + 82.125 × 0.6 = 30.00 + 49.275 = 79.275
    [InlineData("75.00", "82.125", 40, "79.28", "79.27")]
    // 50/50: (69.99 + 70.00) / 2 = 69.995 → 70.00 half up (the carry crosses the unit), 69.99 truncated
    [InlineData("69.99", "70.00", 50, "70.00", "69.99")]
    public void Weighted_total_is_cut_once_at_the_end_half_up_or_truncated(string written, string interview, int weight, string halfUp, string truncated)
    {
        ScoreCalculator.WeightedTotal(D(written), D(interview), weight, 2, ScoreRounding.HalfUp).ShouldBe(D(halfUp));
        ScoreCalculator.WeightedTotal(D(written), D(interview), weight, 2, ScoreRounding.Truncate).ShouldBe(D(truncated));
    }

    [Fact]
    public void The_defaults_are_two_decimals_half_up()
    {
        // (80.01 + 60.00) / 2 = 70.005 → 70.01
        ScoreCalculator.WeightedTotal(80.01m, 60.00m, RecruitmentDefaults.WrittenWeightPercent).ShouldBe(70.01m);
    }

    [Fact]
    public void The_scale_is_configurable()
    {
        // (70.10 + 80.05) / 2 = 75.075: one decimal → 75.1 half up, 75.0 truncated; three decimals keep 75.075
        ScoreCalculator.WeightedTotal(70.10m, 80.05m, 50, 1, ScoreRounding.HalfUp).ShouldBe(75.1m);
        ScoreCalculator.WeightedTotal(70.10m, 80.05m, 50, 1, ScoreRounding.Truncate).ShouldBe(75.0m);
        ScoreCalculator.WeightedTotal(70.10m, 80.05m, 50, 3, ScoreRounding.Truncate).ShouldBe(75.075m);
    }

    [Fact]
    public void A_direct_assessment_total_is_the_assessment_score_alone()
    {
        ScoreCalculator.DirectAssessmentTotal(85.455m, 2, ScoreRounding.HalfUp).ShouldBe(85.46m);
        ScoreCalculator.DirectAssessmentTotal(85.455m, 2, ScoreRounding.Truncate).ShouldBe(85.45m);
    }

    [Fact]
    public void The_method_decides_whether_the_written_score_is_weighed()
    {
        // 考试招聘 60/40: 78.50 × 0.6 + 82.30 × 0.4 = 80.02; 直接考察: 82.30 alone
        ScoreCalculator.Total(RecruitmentMethod.Examination, 78.50m, 82.30m, 60).ShouldBe(80.02m);
        ScoreCalculator.Total(RecruitmentMethod.DirectAssessment, null, 82.30m, 60).ShouldBe(82.30m);
        new Action(() => ScoreCalculator.Total(RecruitmentMethod.Examination, null, 82.30m, 60))
            .ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentWrittenScoreMissing);
    }

    [Fact]
    public void A_raw_score_on_another_full_mark_is_converted_to_the_hundred_point_scale()
    {
        // 95 of 120: 95 × 100 / 120 = 79.1666… → 79.17 half up, 79.16 truncated
        ScoreCalculator.ToHundredPointScale(95m, 120m, 2, ScoreRounding.HalfUp).ShouldBe(79.17m);
        ScoreCalculator.ToHundredPointScale(95m, 120m, 2, ScoreRounding.Truncate).ShouldBe(79.16m);
        // 职测 118 + 综合 109.5 = 227.5 of 300: 227.5 / 3 = 75.8333… → 75.83
        ScoreCalculator.ToHundredPointScale(227.5m, 300m).ShouldBe(75.83m);
    }

    [Fact]
    public void Bad_inputs_are_refused()
    {
        new Action(() => ScoreCalculator.WeightedTotal(70m, 80m, 101)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentWeightOutOfRange);
        new Action(() => ScoreCalculator.WeightedTotal(100.5m, 80m, 50)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentScoreOutOfRange);
        new Action(() => ScoreCalculator.WeightedTotal(70m, -1m, 50)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentScoreOutOfRange);
        new Action(() => ScoreCalculator.WeightedTotal(70m, 80m, 50, 5)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentScoreDecimalsOutOfRange);
        new Action(() => ScoreCalculator.ToHundredPointScale(10m, 0m)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentFullMarkInvalid);
        new Action(() => ScoreCalculator.ToHundredPointScale(121m, 120m)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentScoreOutOfRange);
    }

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
