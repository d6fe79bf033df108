namespace TalentReform.Recruitment;

/// <summary>The 递补 answer for one place: the candidate, or none and why.</summary>
public sealed record ReplacementResult(ReplacementOutcome Outcome, Guid? CandidateId, IReadOnlyList<Guid> Tied)
{
    public bool Selected => Outcome == ReplacementOutcome.Selected;
}

/// <summary>
/// 递补 (RECRUITMENT-RULES §1.8): a place left open after 体检、考察 or 公示 is offered to the next in rank of the same
/// position's interview-qualified list (<see cref="Ranking"/>'s order, ties and 加试 included), one for one. The
/// policy is the notice's: 不递补, 递补一次 (counted per place: a replacement who also drops out is not replaced
/// again), or 依次递补 until the list is exhausted.
/// </summary>
public static class ReplacementSelector
{
    /// <param name="ranked">The interview-qualified list in rank order.</param>
    /// <param name="taken">Everyone already on a place or out of the race: proposed hires, earlier replacements, and
    /// those who failed, withdrew or were replaced. Nobody in it is offered the place.</param>
    /// <param name="replacementsForPlace">How often this place was already filled from the list.</param>
    public static ReplacementResult Next(IReadOnlyList<RankedCandidate> ranked, IReadOnlySet<Guid> taken,
        ReplacementPolicy policy, int replacementsForPlace)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replacementsForPlace);
        if (policy == ReplacementPolicy.None)
        {
            return new ReplacementResult(ReplacementOutcome.PolicyForbids, null, []);
        }

        if (policy == ReplacementPolicy.Once && replacementsForPlace > 0)
        {
            return new ReplacementResult(ReplacementOutcome.AlreadyReplacedOnce, null, []);
        }

        var next = ranked.FirstOrDefault(c => !taken.Contains(c.CandidateId));
        if (next is null)
        {
            return new ReplacementResult(ReplacementOutcome.ListExhausted, null, []);
        }

        // Untaken candidates sharing the next rank: offering the place to one of them would be a guess.
        var tied = ranked.Where(c => c.Rank == next.Rank && !taken.Contains(c.CandidateId)).Select(c => c.CandidateId).ToList();
        return tied.Count > 1
            ? new ReplacementResult(ReplacementOutcome.TieNeedsExtraTest, null, tied)
            : new ReplacementResult(ReplacementOutcome.Selected, next.CandidateId, []);
    }
}
