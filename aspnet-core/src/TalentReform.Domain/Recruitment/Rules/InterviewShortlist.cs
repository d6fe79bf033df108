namespace TalentReform.Recruitment;

/// <summary>A candidate's written score; null when absent (缺考) or voided, which never passes.</summary>
public sealed record WrittenResult(Guid CandidateId, decimal? Score);

/// <summary>Who goes to the interview, best written score first, and where the line fell.</summary>
public sealed record InterviewShortlistResult(
    IReadOnlyList<WrittenResult> Admitted,
    int Quota,
    int Passed,
    decimal? CutOffScore)
{
    /// <summary>Admitted beyond places × ratio because they tied with the last admitted score (末位并列，一并进入).</summary>
    public int AdmittedOverQuota => Math.Max(0, Admitted.Count - Quota);
}

/// <summary>
/// 面试入围: by written score, among those at or above the written pass line, the best places × ratio; everyone tied
/// with the score at the cut-off goes too; when fewer pass than the quota, all who passed go
/// (RECRUITMENT-RULES §1.4).
/// </summary>
public static class InterviewShortlist
{
    public static InterviewShortlistResult Select(IEnumerable<WrittenResult> results, int places,
        int ratio = RecruitmentDefaults.InterviewRatio, decimal passLine = RecruitmentDefaults.PassLine)
    {
        if (places < 1)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlacesInvalid, places);
        }

        if (ratio < 1)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentRatioInvalid, ratio);
        }

        RankingRules.EnsurePassLine(passLine);
        var all = results.ToList();
        RankingRules.EnsureDistinct(all.Select(r => r.CandidateId));
        var quota = places * ratio;
        var passed = all
            .Where(r => r.Score >= passLine)
            .OrderByDescending(r => r.Score)
            .ToList();

        if (passed.Count <= quota)
        {
            return new InterviewShortlistResult(passed, quota, passed.Count, passed.LastOrDefault()?.Score);
        }

        var cutOff = passed[quota - 1].Score;
        var admitted = passed.TakeWhile(r => r.Score >= cutOff).ToList();
        return new InterviewShortlistResult(admitted, quota, passed.Count, cutOff);
    }
}
