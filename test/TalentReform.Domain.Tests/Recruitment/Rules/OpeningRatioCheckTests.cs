namespace TalentReform.Recruitment;

/// <summary>开考比例核验 (RECRUITMENT-RULES §1.3): met, 核减, 取消, approved exemption, 直接考察.</summary>
public class OpeningRatioCheckTests
{
    private static readonly OpeningRatioExemption Exemption =
        new("紧缺专业", "大人社函〔2026〕12号", new DateOnly(2026, 3, 2));

    [Fact]
    public void Exactly_places_times_ratio_meets_the_ratio()
    {
        // 2 places × 3 = 6 needed, 6 qualified
        var result = OpeningRatioCheck.Evaluate(2, 6, RecruitmentMethod.Examination, OpeningRatioShortfall.ReducePlaces);

        result.Decision.ShouldBe(OpeningRatioDecision.Met);
        result.PlacesKept.ShouldBe(2);
        result.RequiredApplicants.ShouldBe(6);
    }

    [Theory]
    // 3 places need 9; 7 qualified: ⌊7 / 3⌋ = 2 places (2 × 3 = 6 ≤ 7), one cut
    [InlineData(3, 7, 3, 2)]
    // 5 places need 15; 14 qualified: ⌊14 / 3⌋ = 4
    [InlineData(5, 14, 3, 4)]
    // 乡镇基层 1:2: 3 places need 6; 5 qualified: ⌊5 / 2⌋ = 2
    [InlineData(3, 5, 2, 2)]
    public void A_shortfall_reduces_places_to_the_largest_number_that_meets_the_ratio(int places, int qualified, int ratio, int kept)
    {
        var result = OpeningRatioCheck.Evaluate(places, qualified, RecruitmentMethod.Examination, OpeningRatioShortfall.ReducePlaces, ratio);

        result.Decision.ShouldBe(OpeningRatioDecision.Reduced);
        result.OriginalPlaces.ShouldBe(places);
        result.PlacesKept.ShouldBe(kept);
        result.PlacesCut.ShouldBe(places - kept);
        result.Cancelled.ShouldBeFalse();
    }

    [Fact]
    public void Reducing_below_one_place_cancels_the_position()
    {
        // 2 places, 2 qualified: ⌊2 / 3⌋ = 0
        var result = OpeningRatioCheck.Evaluate(2, 2, RecruitmentMethod.Examination, OpeningRatioShortfall.ReducePlaces);

        result.Decision.ShouldBe(OpeningRatioDecision.Cancelled);
        result.PlacesKept.ShouldBe(0);
        result.Cancelled.ShouldBeTrue();
    }

    [Fact]
    public void The_cancel_setting_cancels_instead_of_reducing()
    {
        // 7 qualified would keep 2 of 3 places, but the campaign cancels short positions
        var result = OpeningRatioCheck.Evaluate(3, 7, RecruitmentMethod.Examination, OpeningRatioShortfall.CancelPosition);

        result.Decision.ShouldBe(OpeningRatioDecision.Cancelled);
        result.PlacesKept.ShouldBe(0);
        result.OriginalPlaces.ShouldBe(3);
    }

    [Fact]
    public void An_approved_exemption_lets_a_short_position_run_unchanged_and_is_recorded()
    {
        var result = OpeningRatioCheck.Evaluate(3, 4, RecruitmentMethod.Examination, OpeningRatioShortfall.CancelPosition, exemption: Exemption);

        result.Decision.ShouldBe(OpeningRatioDecision.Exempted);
        result.PlacesKept.ShouldBe(3);
        result.Exemption.ShouldBe(Exemption);
    }

    [Fact]
    public void An_exemption_is_not_used_where_the_ratio_is_met()
    {
        var result = OpeningRatioCheck.Evaluate(1, 3, RecruitmentMethod.Examination, OpeningRatioShortfall.ReducePlaces, exemption: Exemption);

        result.Decision.ShouldBe(OpeningRatioDecision.Met);
        result.Exemption.ShouldBeNull();
    }

    [Fact]
    public void Direct_assessment_has_no_ratio()
    {
        var result = OpeningRatioCheck.Evaluate(2, 1, RecruitmentMethod.DirectAssessment, OpeningRatioShortfall.CancelPosition);

        result.Decision.ShouldBe(OpeningRatioDecision.NotApplicable);
        result.PlacesKept.ShouldBe(2);
        result.RequiredApplicants.ShouldBe(0);
    }

    [Theory]
    [InlineData(RecruitmentMethod.Examination)]
    [InlineData(RecruitmentMethod.DirectAssessment)]
    public void Without_any_qualified_applicant_the_position_is_cancelled_even_when_exempted(RecruitmentMethod method)
    {
        OpeningRatioCheck.Evaluate(1, 0, method, OpeningRatioShortfall.ReducePlaces, exemption: Exemption)
            .Decision.ShouldBe(OpeningRatioDecision.Cancelled);
    }

    [Fact]
    public void Bad_inputs_are_refused()
    {
        new Action(() => OpeningRatioCheck.Evaluate(0, 3, RecruitmentMethod.Examination, OpeningRatioShortfall.ReducePlaces))
            .ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlacesInvalid);
        new Action(() => OpeningRatioCheck.Evaluate(1, 3, RecruitmentMethod.Examination, OpeningRatioShortfall.ReducePlaces, 0))
            .ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentRatioInvalid);
    }
}
