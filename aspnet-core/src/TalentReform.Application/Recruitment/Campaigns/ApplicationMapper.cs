using Riok.Mapperly.Abstractions;

namespace TalentReform.Recruitment;

/// <summary>Application → DTO (the caller masks 身份证号 and phone), and the rules' answers as DTOs.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ApplicationMapper
{
    public static partial ApplicationDto ToDto(this Application application);

    public static partial DeclaredRelativeDto ToDto(this DeclaredRelative relative);

    [MapProperty("Relative.Name", nameof(AvoidanceFlagDto.RelativeName))]
    [MapProperty("Relative.Relation", nameof(AvoidanceFlagDto.Relation))]
    public static partial AvoidanceFlagDto ToFlagDto(this AvoidanceFinding finding);

    [MapProperty(nameof(RankedCandidate.CandidateId), nameof(RankedApplicationDto.ApplicationId))]
    public static partial RankedApplicationDto ToDto(this RankedCandidate candidate, string candidateName);

    /// <summary>The shortlist with the admitted applications' ids (best written score first).</summary>
    public static InterviewShortlistDto ToDto(this InterviewShortlistResult result) =>
        new(result.Quota, result.Passed, result.CutOffScore, result.AdmittedOverQuota, result.Admitted.Select(r => r.CandidateId).ToList());

    /// <param name="names">Candidate names by application id.</param>
    public static RankingDto ToDto(this RankingResult result, IReadOnlyDictionary<Guid, string> names) =>
        new(result.Ranked.Select(r => r.ToDto(names[r.CandidateId])).ToList(), result.ProposedHires, result.TieAtLastPlace, result.FailedInterview);

    public static ReplacementDto ToDto(this ReplacementResult result, ApplicationDto? replacement) => new(result.Outcome, replacement, result.Tied);

    /// <summary>The registered application with the 回避 findings that flag (not refuse) it for HR.</summary>
    public static ApplicationRegistrationDto ToRegistrationDto(this ApplicationDto application, AvoidanceResult avoidance) =>
        new(application, avoidance.Findings.Where(f => !f.Refuses).Select(f => f.ToFlagDto()).ToList());
}
