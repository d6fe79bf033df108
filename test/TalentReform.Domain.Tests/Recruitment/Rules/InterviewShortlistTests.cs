namespace TalentReform.Recruitment;

/// <summary>面试入围 (RECRUITMENT-RULES §1.4): pass line, places × ratio, ties at the cut-off admitted.</summary>
public class InterviewShortlistTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(),
        E = Guid.NewGuid(), F = Guid.NewGuid(), G = Guid.NewGuid();

    [Fact]
    public void Everyone_tied_at_the_cut_off_score_is_admitted()
    {
        // 1 place × 3 = quota 3; passed (≥ 60) by score: A 85, B 80, C 72, D 72, E 65; the third is 72, so C and D both go
        var result = InterviewShortlist.Select(
            [W(A, 85m), W(B, 80m), W(C, 72m), W(D, 72m), W(E, 65m), W(F, 59.5m), W(G, null)], places: 1);

        Ids(result).ShouldBe([A, B, C, D]);
        result.CutOffScore.ShouldBe(72m);
        result.Quota.ShouldBe(3);
        result.Passed.ShouldBe(5);
        result.AdmittedOverQuota.ShouldBe(1);
    }

    [Fact]
    public void A_hundredth_below_the_cut_off_is_not_a_tie()
    {
        var result = InterviewShortlist.Select([W(D, 71.99m), W(A, 85m), W(C, 72m), W(B, 80m)], places: 1);

        Ids(result).ShouldBe([A, B, C]);
        result.AdmittedOverQuota.ShouldBe(0);
    }

    [Fact]
    public void When_fewer_pass_than_the_quota_all_who_pass_go_and_the_pass_line_is_inclusive()
    {
        // quota 3; 70 and 60.00 pass, 59.99 and the absent one do not
        var result = InterviewShortlist.Select([W(A, 59.99m), W(B, 60.00m), W(C, 70m), W(D, null)], places: 1);

        Ids(result).ShouldBe([C, B]);
        result.Passed.ShouldBe(2);
        result.CutOffScore.ShouldBe(60.00m);
    }

    [Fact]
    public void Ratio_and_pass_line_are_configurable()
    {
        // 2 places × 2 = quota 4, pass line 50: A 90, B 75, C 55, D 55, E 52, F 49; the fourth is 55 (D), E is out
        var result = InterviewShortlist.Select(
            [W(A, 90m), W(B, 75m), W(C, 55m), W(D, 55m), W(E, 52m), W(F, 49m)], places: 2, ratio: 2, passLine: 50m);

        Ids(result).ShouldBe([A, B, C, D]);
        result.Quota.ShouldBe(4);
        result.Passed.ShouldBe(5);
    }

    [Fact]
    public void A_tie_straddling_the_cut_off_admits_the_whole_group()
    {
        // quota 3: A 80, then B, C, D, E all 70: the third score is 70, so all four 70s go (5 admitted)
        var result = InterviewShortlist.Select([W(A, 80m), W(B, 70m), W(C, 70m), W(D, 70m), W(E, 70m)], places: 1);

        result.Admitted.Count.ShouldBe(5);
        result.AdmittedOverQuota.ShouldBe(2);
    }

    [Fact]
    public void Bad_inputs_are_refused()
    {
        new Action(() => InterviewShortlist.Select([W(A, 80m)], places: 0)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlacesInvalid);
        new Action(() => InterviewShortlist.Select([W(A, 80m)], places: 1, ratio: 0)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentRatioInvalid);
        new Action(() => InterviewShortlist.Select([W(A, 80m)], places: 1, passLine: 101m)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPassLineOutOfRange);
        Should.Throw<ArgumentException>(() => InterviewShortlist.Select([W(A, 80m), W(A, 70m)], places: 1));
    }

    private static WrittenResult W(Guid id, decimal? score) => new(id, score);

    private static List<Guid> Ids(InterviewShortlistResult result) => result.Admitted.Select(r => r.CandidateId).ToList();
}
