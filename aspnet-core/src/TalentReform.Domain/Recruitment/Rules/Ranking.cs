namespace TalentReform.Recruitment;

/// <summary>A candidate's scores for the ranking; <see cref="Written"/> is null under 考核招聘/直接考察.</summary>
public sealed record RankingCandidate(Guid CandidateId, decimal Total, decimal? Written, decimal Interview);

/// <summary>
/// A place in the ranking. Candidates still tied after the written score and any 加试 share a rank (1, 2, 2, 4)
/// and are <see cref="Tied"/>: nobody guesses an order between them.
/// </summary>
public sealed record RankedCandidate(Guid CandidateId, int Rank, decimal Total, decimal? Written, decimal? ExtraTest, bool Tied);

public sealed record RankingResult(
    IReadOnlyList<RankedCandidate> Ranked,
    IReadOnlyList<Guid> FailedInterview,
    IReadOnlyList<Guid> ProposedHires,
    IReadOnlyList<Guid> TieAtLastPlace,
    int Places)
{
    /// <summary>Candidates tied across the last place: HR records a 加试 for them before those places are filled.</summary>
    public bool HasUnresolvedTieAtLastPlace => TieAtLastPlace.Count > 0;
}

/// <summary>
/// 总成绩排名 (RECRUITMENT-RULES §1.4–1.5): only those at or above the interview pass line get a rank (苏州 2026: who
/// fails the interview gets no total); by total, then the higher written score; ties that remain are broken by
/// the 加试 scores HR recorded, else they stay tied. The top <c>places</c> are the proposed hires (进入体检/考察),
/// unless a tie spans the last place: then the places it spans stay open and the tie is reported.
/// </summary>
public static class Ranking
{
    public static RankingResult Rank(IEnumerable<RankingCandidate> candidates, int places,
        decimal? interviewPassLine = RecruitmentDefaults.PassLine, IReadOnlyDictionary<Guid, decimal>? extraTestScores = null)
    {
        if (places < 1)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlacesInvalid, places);
        }

        RankingRules.EnsurePassLine(interviewPassLine);
        var all = candidates.ToList();
        RankingRules.EnsureDistinct(all.Select(c => c.CandidateId));
        extraTestScores ??= new Dictionary<Guid, decimal>();

        var failed = all.Where(c => c.Interview < interviewPassLine).Select(c => c.CandidateId).ToList();
        var groups = all
            .Where(c => !(c.Interview < interviewPassLine))
            .OrderByDescending(c => c.Total)
            .ThenByDescending(c => c.Written ?? decimal.MinValue)
            .GroupBy(c => (c.Total, c.Written), (_, tied) => tied.ToList())
            .SelectMany(tied => BreakWithExtraTest(tied, extraTestScores))
            .ToList();

        var ranked = new List<RankedCandidate>();
        var hires = new List<Guid>();
        IReadOnlyList<Guid> tieAtLastPlace = [];
        foreach (var group in groups)
        {
            var rank = ranked.Count + 1;
            if (hires.Count < places && tieAtLastPlace.Count == 0)
            {
                if (hires.Count + group.Count <= places)
                {
                    hires.AddRange(group.Select(c => c.CandidateId));
                }
                else
                {
                    tieAtLastPlace = group.Select(c => c.CandidateId).ToList();
                }
            }

            ranked.AddRange(group.Select(c => new RankedCandidate(
                c.CandidateId, rank, c.Total, c.Written, extraTestScores.TryGetValue(c.CandidateId, out var extra) ? extra : null, group.Count > 1)));
        }

        return new RankingResult(ranked, failed, hires, tieAtLastPlace, places);
    }

    /// <summary>
    /// A 加试 orders a tied group only when every member has a score (a missing one would be a guess); members with
    /// equal 加试 scores stay tied.
    /// </summary>
    private static IEnumerable<List<RankingCandidate>> BreakWithExtraTest(List<RankingCandidate> tied, IReadOnlyDictionary<Guid, decimal> extraTestScores)
    {
        if (tied.Count == 1 || !tied.All(c => extraTestScores.ContainsKey(c.CandidateId)))
        {
            return [tied];
        }

        return tied
            .GroupBy(c => extraTestScores[c.CandidateId])
            .OrderByDescending(g => g.Key)
            .Select(g => g.ToList());
    }
}
