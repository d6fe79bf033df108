namespace TalentReform.Recruitment;

/// <summary>
/// Who scored: score entry names the examiners (the panel members who scored). Once a campaign registers examiners, a
/// score names at least one, each registered in the campaign and none related to the candidate (either side's
/// declaration, <see cref="ExaminerRecusal"/>); a campaign without registered examiners takes scores as before.
/// </summary>
public static class ExaminerPanel
{
    /// <returns>The named examiners, distinct, in the order given.</returns>
    public static IReadOnlyList<Guid> EnsureMayScore(IReadOnlyList<CampaignExaminer> registered, IReadOnlyList<Guid> scoredBy, Application application)
    {
        var named = scoredBy.Distinct().ToList();
        if (registered.Count == 0 && named.Count == 0)
        {
            return named;
        }

        if (named.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.ExaminersRequired);
        }

        var unknown = named.FirstOrDefault(id => registered.All(e => e.Id != id || e.CampaignId != application.CampaignId));
        if (unknown != Guid.Empty)
        {
            throw new BusinessException(TalentReformErrorCodes.ExaminerNotRegistered, unknown);
        }

        var relations = registered.SelectMany(e => e.RelationsWith(application)).ToList();
        foreach (var examinerId in named)
        {
            ExaminerRecusal.EnsureMayScore(examinerId, application.Id, relations);
        }

        return named;
    }
}
