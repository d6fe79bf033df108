using System.ComponentModel.DataAnnotations;
using TalentReform.Staffing;
using TalentReform.Validation;

namespace TalentReform.Recruitment;

/// <summary>An application as the caller may see it: 身份证号 and phone masked without the ViewIdNumber permission.</summary>
public record ApplicationDto(
    Guid Id,
    Guid CampaignId,
    Guid PositionId,
    string CandidateName,
    string IdNumber,
    string? Phone,
    DateOnly BirthDate,
    EducationDegree? Degree,
    string? Major,
    string? ProfessionalTitle,
    int YearsOfExperience,
    string? HouseholdRegistration,
    DateTimeOffset PledgeSignedAt,
    decimal? WrittenScore,
    decimal? InterviewScore,
    IReadOnlyList<Guid> WrittenExaminerIds,
    IReadOnlyList<Guid> InterviewExaminerIds,
    decimal? TotalScore,
    int? Rank,
    bool NeedsExtraTest,
    RecruitmentStage Stage,
    ApplicationStatus Status,
    RecruitmentStage? FailedAtStage,
    string? StatusReason,
    Guid? ReplacesApplicationId,
    IReadOnlyList<DeclaredRelativeDto> Relatives,
    bool NeedsAvoidanceReview,
    DateTimeOffset? AvoidanceReviewedAt,
    Guid? AvoidanceReviewedBy,
    string? AvoidanceReviewerName,
    string? AvoidanceReviewNote,
    string ConcurrencyStamp);

/// <param name="AvoidanceFlag">回避 flagged for HR at registration (a same-unit relation that did not refuse the application).</param>
public record DeclaredRelativeDto(KinshipRelation Relation, string Name, Guid? OrgUnitId, string UnitName, bool LeadsUnit, AvoidanceReason? AvoidanceFlag);

/// <summary>HR's review of an application's 回避 flags (recorded with who and when).</summary>
public class ReviewAvoidanceDto
{
    [StringLength(ApplicationConsts.MaxReasonLength)]
    public string? Note { get; set; }
}

/// <summary>A 回避 finding that did not refuse the application: HR reviews it (same unit, not a leading or direct line).</summary>
public record AvoidanceFlagDto(string RelativeName, KinshipRelation Relation, AvoidanceReason Reason);

public record ApplicationRegistrationDto(ApplicationDto Application, IReadOnlyList<AvoidanceFlagDto> AvoidanceFlags);

public class DeclaredRelativeInput
{
    [Required]
    public KinshipRelation? Relation { get; set; }

    [Required]
    [StringLength(ApplicationConsts.MaxRelativeNameLength, MinimumLength = 1)]
    public string Name { get; set; } = null!;

    /// <summary>The zone unit the relative works in (checked for 回避 only when given).</summary>
    public Guid? OrgUnitId { get; set; }

    [Required]
    [StringLength(ApplicationConsts.MaxRelativeUnitLength, MinimumLength = 1)]
    public string UnitName { get; set; } = null!;

    public bool LeadsUnit { get; set; }

    /// <summary>HR's judgement: the post stands in a direct superior–subordinate line with the relative.</summary>
    public bool DirectLineWithPost { get; set; }
}

/// <summary>报名 entered by HR (candidate self-service comes later), with the 诚信承诺 and declared relatives.</summary>
public class RegisterApplicationDto
{
    [Required]
    public Guid? CampaignId { get; set; }

    [Required]
    public Guid? PositionId { get; set; }

    [Required]
    [StringLength(ApplicationConsts.MaxCandidateNameLength, MinimumLength = 1)]
    public string Name { get; set; } = null!;

    [Required]
    [StringLength(PersonConsts.IdNumberLength, MinimumLength = PersonConsts.IdNumberLength)]
    [RegularExpression(PersonConsts.IdNumberPattern)]
    public string IdNumber { get; set; } = null!;

    [StringLength(ApplicationConsts.MaxPhoneLength)]
    [RegularExpression(PersonConsts.PhonePattern)]
    public string? Phone { get; set; }

    [Required]
    [BirthDate]
    public DateOnly? BirthDate { get; set; }

    public EducationDegree? Degree { get; set; }

    [StringLength(ApplicationConsts.MaxMajorLength)]
    public string? Major { get; set; }

    [StringLength(ApplicationConsts.MaxProfessionalTitleLength)]
    public string? ProfessionalTitle { get; set; }

    [Range(0, RecruitmentCampaignConsts.MaxYearsOfExperience)]
    public int YearsOfExperience { get; set; }

    [StringLength(ApplicationConsts.MaxHouseholdRegistrationLength)]
    public string? HouseholdRegistration { get; set; }

    /// <summary>The candidate signed the 诚信承诺 (required).</summary>
    public bool PledgeSigned { get; set; }

    /// <summary>The applied post's function area for 回避 (组织人事, 纪检监察, 审计, 财务 or other).</summary>
    public PostFunctionArea PostFunctionArea { get; set; } = PostFunctionArea.Other;

    [MaxLength(ApplicationConsts.MaxRelatives)]
    public List<DeclaredRelativeInput> Relatives { get; set; } = [];
}

/// <summary>The zone's applications, or one campaign's, one position's, at a stage or in a status.</summary>
public class GetApplicationsInput
{
    public Guid? CampaignId { get; set; }

    public Guid? PositionId { get; set; }
    public RecruitmentStage? Stage { get; set; }
    public ApplicationStatus? Status { get; set; }
}

public class AdvanceApplicationDto
{
    [Required]
    public RecruitmentStage? To { get; set; }
}

public class FailApplicationDto
{
    [Required]
    [StringLength(ApplicationConsts.MaxReasonLength, MinimumLength = 1)]
    public string Reason { get; set; } = null!;
}

public class EnterScoreDto
{
    [Required]
    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true)]
    public decimal? Score { get; set; }

    /// <summary>
    /// The examiners who gave the score (the panel members who scored): required once the campaign registers examiners;
    /// refused where one is related to the candidate (履职回避).
    /// </summary>
    [MaxLength(ExaminerConsts.MaxScoredBy)]
    public List<Guid> ExaminerIds { get; set; } = [];
}

public class PositionRefDto
{
    [Required]
    public Guid? CampaignId { get; set; }

    [Required]
    public Guid? PositionId { get; set; }
}

/// <summary>Ranks a position; <see cref="ExtraTestScores"/> records the 加试 of candidates tied on total and written score.</summary>
public class RankPositionDto : PositionRefDto
{
    [MaxLength(200)]
    public Dictionary<Guid, decimal> ExtraTestScores { get; set; } = [];
}

public record InterviewShortlistDto(int Quota, int Passed, decimal? CutOffScore, int AdmittedOverQuota, IReadOnlyList<Guid> Admitted);

public record RankedApplicationDto(Guid ApplicationId, string CandidateName, int Rank, decimal Total, decimal? Written, decimal? ExtraTest, bool Tied);

public record RankingDto(IReadOnlyList<RankedApplicationDto> Ranked, IReadOnlyList<Guid> ProposedHires, IReadOnlyList<Guid> TieAtLastPlace, IReadOnlyList<Guid> FailedInterview);

/// <summary>递补's answer: the replacement (now in 体检/考察), or none and why.</summary>
public record ReplacementDto(ReplacementOutcome Outcome, ApplicationDto? Replacement, IReadOnlyList<Guid> Tied);
