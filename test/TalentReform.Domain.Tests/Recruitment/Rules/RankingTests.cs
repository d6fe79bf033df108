namespace TalentReform.Recruitment;

/// <summary>总成绩排名 (RECRUITMENT-RULES §1.4–1.5): interview pass line, written-score tie-break, 加试, ties at the last place.</summary>
public class RankingTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(), E = Guid.NewGuid();

    [Fact]
    public void Ranks_by_total_then_the_higher_written_score_and_leaves_out_who_failed_the_interview()
    {
        // E has the best total but 55 < 60 in the interview: no rank. B and C tie on 82.00; B's written 84 > C's 78.
        var result = Ranking.Rank(
            [R(C, 82.00m, 78m, 86m), R(E, 90.00m, 95m, 55m), R(A, 85.20m, 80m, 90m), R(D, 79.00m, 79m, 79m), R(B, 82.00m, 84m, 80m)],
            places: 2);

        result.Ranked.Select(r => (r.CandidateId, r.Rank)).ShouldBe([(A, 1), (B, 2), (C, 3), (D, 4)]);
        result.Ranked.ShouldAllBe(r => !r.Tied);
        result.FailedInterview.ShouldBe([E]);
        result.ProposedHires.ShouldBe([A, B]);
        result.HasUnresolvedTieAtLastPlace.ShouldBeFalse();
    }

    [Fact]
    public void A_tie_on_total_and_written_at_the_last_place_is_reported_not_guessed()
    {
        // 2 places: A first; B and C both 82.00 with written 80 share rank 2 across place 2; D is 4th (1, 2, 2, 4)
        var result = Ranking.Rank(Tied(), places: 2);

        result.Ranked.Select(r => (r.CandidateId, r.Rank, r.Tied)).ShouldBe([(A, 1, false), (B, 2, true), (C, 2, true), (D, 4, false)]);
        result.ProposedHires.ShouldBe([A]);
        result.TieAtLastPlace.ShouldBe([B, C]);
        result.HasUnresolvedTieAtLastPlace.ShouldBeTrue();
    }

    [Fact]
    public void Recorded_extra_test_scores_break_the_tie()
    {
        // 加试: C 81 > B 75, so C takes rank 2 and the last place
        var result = Ranking.Rank(Tied(), places: 2, extraTestScores: new Dictionary<Guid, decimal> { [B] = 75m, [C] = 81m });

        result.Ranked.Select(r => (r.CandidateId, r.Rank, r.Tied)).ShouldBe([(A, 1, false), (C, 2, false), (B, 3, false), (D, 4, false)]);
        result.Ranked.Single(r => r.CandidateId == C).ExtraTest.ShouldBe(81m);
        result.ProposedHires.ShouldBe([A, C]);
        result.HasUnresolvedTieAtLastPlace.ShouldBeFalse();
    }

    [Fact]
    public void An_extra_test_missing_for_one_member_or_tied_again_leaves_the_tie()
    {
        Ranking.Rank(Tied(), places: 2, extraTestScores: new Dictionary<Guid, decimal> { [C] = 81m })
            .TieAtLastPlace.ShouldBe([B, C]);
        Ranking.Rank(Tied(), places: 2, extraTestScores: new Dictionary<Guid, decimal> { [B] = 80m, [C] = 80m })
            .TieAtLastPlace.ShouldBe([B, C]);
    }

    [Fact]
    public void A_tie_inside_the_places_hires_both_and_blocks_nothing()
    {
        // 3 places: A, then B and C tied at rank 2 fill places 2 and 3
        var result = Ranking.Rank(Tied(), places: 3);

        result.ProposedHires.ShouldBe([A, B, C]);
        result.HasUnresolvedTieAtLastPlace.ShouldBeFalse();
        result.Ranked.Where(r => r.Tied).Select(r => r.CandidateId).ShouldBe([B, C]);
    }

    [Fact]
    public void The_interview_pass_line_is_configurable_or_off()
    {
        // No pass line: E (interview 55) ranks first on total 90.00
        Ranking.Rank([R(A, 85.20m, 80m, 90m), R(E, 90.00m, 95m, 55m)], places: 1, interviewPassLine: null)
            .ProposedHires.ShouldBe([E]);
        // Pass line 70 (no competition, RECRUITMENT-RULES §1.4): D's 69.99 fails
        Ranking.Rank([R(D, 79.00m, 79m, 69.99m)], places: 1, interviewPassLine: 70m)
            .FailedInterview.ShouldBe([D]);
    }

    [Fact]
    public void Direct_assessment_ties_have_no_written_score_to_break_them()
    {
        var result = Ranking.Rank([R(A, 88m, null, 88m), R(B, 88m, null, 88m)], places: 1);

        result.TieAtLastPlace.ShouldBe([A, B]);
        result.ProposedHires.ShouldBeEmpty();
    }

    [Fact]
    public void Bad_inputs_are_refused()
    {
        new Action(() => Ranking.Rank(Tied(), places: 0)).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlacesInvalid);
        Should.Throw<ArgumentException>(() => Ranking.Rank([R(A, 80m, 80m, 80m), R(A, 70m, 70m, 70m)], places: 1));
    }

    private static List<RankingCandidate> Tied() =>
        [R(D, 70.00m, 70m, 70m), R(B, 82.00m, 80m, 84m), R(A, 85.20m, 80m, 90m), R(C, 82.00m, 80m, 84m)];

    private static RankingCandidate R(Guid id, decimal total, decimal? written, decimal interview) => new(id, total, written, interview);
}
