namespace TalentReform.Recruitment;

/// <summary>递补 (RECRUITMENT-RULES §1.8): next in rank of the interview-qualified list, per policy, counted per place.</summary>
public class ReplacementSelectorTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(),
        E = Guid.NewGuid(), F = Guid.NewGuid();

    // 2 places: A and B proposed; D and E tied at rank 4 without a 加试 (1, 2, 3, 4, 4, 6)
    private static readonly List<RankedCandidate> Ranked =
        [R(A, 1), R(B, 2), R(C, 3), R(D, 4, tied: true), R(E, 4, tied: true), R(F, 6)];

    [Theory]
    [InlineData(ReplacementPolicy.Once)]
    [InlineData(ReplacementPolicy.UntilExhausted)]
    public void B_failing_the_medical_is_replaced_by_C(ReplacementPolicy policy)
    {
        var result = ReplacementSelector.Next(Ranked, new HashSet<Guid> { A, B }, policy, replacementsForPlace: 0);

        result.Outcome.ShouldBe(ReplacementOutcome.Selected);
        result.CandidateId.ShouldBe(C);
    }

    [Fact]
    public void No_replacement_where_the_notice_says_none()
    {
        var result = ReplacementSelector.Next(Ranked, new HashSet<Guid> { A, B }, ReplacementPolicy.None, 0);

        result.Outcome.ShouldBe(ReplacementOutcome.PolicyForbids);
        result.CandidateId.ShouldBeNull();
    }

    [Fact]
    public void Once_means_a_replacement_who_drops_out_is_not_replaced_again()
    {
        // C replaced B and then withdrew: the place was already replaced once
        var result = ReplacementSelector.Next(Ranked, new HashSet<Guid> { A, B, C }, ReplacementPolicy.Once, replacementsForPlace: 1);

        result.Outcome.ShouldBe(ReplacementOutcome.AlreadyReplacedOnce);
    }

    [Fact]
    public void Until_exhausted_reaches_a_tie_and_asks_for_an_extra_test()
    {
        var result = ReplacementSelector.Next(Ranked, new HashSet<Guid> { A, B, C }, ReplacementPolicy.UntilExhausted, replacementsForPlace: 1);

        result.Outcome.ShouldBe(ReplacementOutcome.TieNeedsExtraTest);
        result.Tied.ShouldBe([D, E]);
        result.CandidateId.ShouldBeNull();
    }

    [Fact]
    public void A_tie_one_side_of_which_is_gone_is_no_tie()
    {
        // D withdrew before being offered anything: E alone is left at rank 4
        var result = ReplacementSelector.Next(Ranked, new HashSet<Guid> { A, B, C, D }, ReplacementPolicy.UntilExhausted, 2);

        result.CandidateId.ShouldBe(E);
    }

    [Fact]
    public void An_exhausted_list_fills_nothing()
    {
        var result = ReplacementSelector.Next(Ranked, new HashSet<Guid> { A, B, C, D, E, F }, ReplacementPolicy.UntilExhausted, 4);

        result.Outcome.ShouldBe(ReplacementOutcome.ListExhausted);
    }

    private static RankedCandidate R(Guid id, int rank, bool tied = false) => new(id, rank, 80m - rank, 80m, null, tied);
}
