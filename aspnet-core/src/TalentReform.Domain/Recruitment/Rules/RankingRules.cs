namespace TalentReform.Recruitment;

/// <summary>Input checks the shortlist, the ranking and 递补 share.</summary>
internal static class RankingRules
{
    public static void EnsurePassLine(decimal? passLine)
    {
        if (passLine is < 0 or > RecruitmentRuleDefaults.FullMark)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPassLineOutOfRange, passLine);
        }
    }

    /// <summary>One candidate appearing twice is a caller's bug, not a tie.</summary>
    public static void EnsureDistinct(IEnumerable<Guid> candidateIds)
    {
        var seen = new HashSet<Guid>();
        foreach (var id in candidateIds)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"Candidate {id} appears twice.", nameof(candidateIds));
            }
        }
    }
}
