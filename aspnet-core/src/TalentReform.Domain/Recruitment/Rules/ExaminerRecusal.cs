using TalentReform.Localization;

namespace TalentReform.Recruitment;

/// <summary>An examiner's relation with a candidate, declared by either side (the candidate's relative may be the examiner).</summary>
public sealed record ExaminerRelation(Guid ExaminerId, Guid CandidateId, KinshipRelation Relation);

/// <summary>
/// 履职回避 (人社部规〔2019〕1号; 暂行规定: 招聘工作人员 must recuse): staff and outside experts take no part
/// in 考试、考察、评分 of a candidate they are related to. A panel is not refused as a whole; each related examiner
/// steps aside for that candidate.
/// </summary>
public static class ExaminerRecusal
{
    /// <summary>
    /// The candidate's declared relatives who are examiners, as relations (examiners identified by their person id):
    /// a relation counts whichever side declared it.
    /// </summary>
    public static IEnumerable<ExaminerRelation> DeclaredByCandidate(Guid candidateId, IEnumerable<AvoidanceRelative> relatives) =>
        relatives.Where(r => r.PersonId is not null).Select(r => new ExaminerRelation(r.PersonId!.Value, candidateId, r.Relation));

    /// <summary>The examiners of <paramref name="panel"/> who must not score <paramref name="candidateId"/>.</summary>
    public static IReadOnlyList<Guid> MustRecuse(IEnumerable<Guid> panel, Guid candidateId, IEnumerable<ExaminerRelation> relations)
    {
        var related = relations.Where(r => r.CandidateId == candidateId).Select(r => r.ExaminerId).ToHashSet();
        return panel.Where(related.Contains).Distinct().ToList();
    }

    /// <summary>Refuses a score entered by an examiner related to the candidate.</summary>
    public static void EnsureMayScore(Guid examinerId, Guid candidateId, IEnumerable<ExaminerRelation> relations)
    {
        var relation = relations.FirstOrDefault(r => r.ExaminerId == examinerId && r.CandidateId == candidateId);
        if (relation is not null)
        {
            throw new BusinessException(TalentReformErrorCodes.ExaminerMustRecuse, LocalizedEnum.Of(relation.Relation));
        }
    }
}
