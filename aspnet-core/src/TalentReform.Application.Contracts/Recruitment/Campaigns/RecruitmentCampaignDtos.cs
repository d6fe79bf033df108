using System.ComponentModel.DataAnnotations;
using TalentReform.Staffing;
using TalentReform.Validation;

namespace TalentReform.Recruitment;

public record RecruitmentCampaignDto(
    Guid Id,
    int Year,
    string Code,
    string TitleZh,
    string? TitleEn,
    Guid RecruitmentPlanId,
    RecruitmentCampaignStatus Status,
    int NoticeWorkingDays,
    int MinRegistrationDays,
    DateOnly RegistrationStart,
    DateOnly RegistrationEnd,
    DateOnly? AgeReferenceDate,
    DateOnly? WrittenExamOn,
    DateOnly? InterviewOn,
    DateOnly? MedicalOn,
    DateOnly? AssessmentOn,
    DateOnly? PublishedOn,
    DateOnly? NoticeEndsOn,
    string? CancelReason,
    IReadOnlyList<CampaignPositionDto> Positions,
    IReadOnlyList<CampaignAmendmentDto> Amendments,
    string ConcurrencyStamp);

public record CampaignPositionDto(
    Guid Id,
    Guid PlanLineId,
    Guid OrgUnitId,
    Guid PostId,
    StaffingType StaffingType,
    string Code,
    string Name,
    int Places,
    bool IsCancelled,
    PositionRequirementsDto Requirements,
    PositionScoringDto Scoring,
    OpeningRatioExemptionDto? Exemption,
    int? OpeningRatioQualifiedApplicants,
    int? PlacesBeforeOpeningRatio,
    DateTimeOffset? OpeningRatioDecidedAt);

public record CampaignConditionChangeDto(string Field, string? Before, string? After);

public record CampaignAmendmentDto(int Sequence, string Reason, IReadOnlyList<CampaignConditionChangeDto> Changes, string AmendedByName, DateTimeOffset AmendedAt);

/// <summary>资格条件; null or empty means 不限.</summary>
public class PositionRequirementsDto
{
    public EducationDegree? MinimumDegree { get; set; }

    [MaxLength(RecruitmentCampaignConsts.MaxMajors)]
    public List<string>? Majors { get; set; }

    [Range(1, RecruitmentCampaignConsts.MaxAgeLimit)]
    public int? MaxAge { get; set; }

    [StringLength(RecruitmentCampaignConsts.MaxProfessionalTitleLength)]
    public string? ProfessionalTitle { get; set; }

    [Range(0, RecruitmentCampaignConsts.MaxYearsOfExperience)]
    public int? MinYearsOfExperience { get; set; }

    [StringLength(RecruitmentCampaignConsts.MaxHouseholdRegistrationLength)]
    public string? HouseholdRegistration { get; set; }
}

/// <summary>How the position recruits and scores; fixed at publication (the domain checks the combination).</summary>
public class PositionScoringDto
{
    [Required]
    public RecruitmentMethod? Method { get; set; }

    [Range(0, 100)]
    public int? WrittenWeightPercent { get; set; }

    [Range(0, RecruitmentCampaignConsts.MaxScoreDecimals)]
    public int Decimals { get; set; } = RecruitmentDefaults.ScoreDecimals;

    public ScoreRounding Rounding { get; set; } = ScoreRounding.HalfUp;

    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true)]
    public decimal? WrittenPassLine { get; set; }

    [Range(typeof(decimal), "0", "100", ParseLimitsInInvariantCulture = true)]
    public decimal InterviewPassLine { get; set; } = RecruitmentDefaults.PassLine;

    [Range(1, RecruitmentCampaignConsts.MaxRatio)]
    public int? InterviewRatio { get; set; }

    [Range(1, RecruitmentCampaignConsts.MaxRatio)]
    public int? OpeningRatio { get; set; }

    public OpeningRatioShortfall? Shortfall { get; set; }

    public ReplacementPolicy Replacement { get; set; } = ReplacementPolicy.Once;

    public CheckOrder CheckOrder { get; set; } = CheckOrder.MedicalFirst;

    [Range(RecruitmentCampaignConsts.ShortProbationMonths, RecruitmentCampaignConsts.ExtendedProbationMonths)]
    public int ProbationMonths { get; set; } = RecruitmentCampaignConsts.ShortProbationMonths;

    [Range(1, RecruitmentCampaignConsts.MaxMinimumServiceYears)]
    public int? MinimumServiceYears { get; set; }
}

public class OpeningRatioExemptionDto
{
    [Required]
    [StringLength(RecruitmentCampaignConsts.MaxReasonLength, MinimumLength = 1)]
    public string Reason { get; set; } = null!;

    [Required]
    [StringLength(RecruitmentCampaignConsts.MaxApprovalReferenceLength, MinimumLength = 1)]
    public string ApprovalReference { get; set; } = null!;

    [Required]
    [BusinessDate]
    public DateOnly? ApprovedOn { get; set; }
}

/// <summary>A position from an approved plan line: the line's unit, post, staffing type and places.</summary>
public class CampaignPositionInput
{
    [Required]
    public Guid? PlanLineId { get; set; }

    [Required]
    public Guid? OrgUnitId { get; set; }

    [Required]
    public Guid? PostId { get; set; }

    [Required]
    public StaffingType? StaffingType { get; set; }

    [Required]
    [StringLength(RecruitmentCampaignConsts.MaxPositionCodeLength, MinimumLength = 1)]
    public string Code { get; set; } = null!;

    [Required]
    [StringLength(RecruitmentCampaignConsts.MaxPositionNameLength, MinimumLength = 1)]
    public string Name { get; set; } = null!;

    [Range(1, 1000)]
    public int Places { get; set; }

    public PositionRequirementsDto Requirements { get; set; } = new();

    [Required]
    public PositionScoringDto Scoring { get; set; } = null!;
}

/// <summary>The registration period and the stage dates (考试、面试、体检、考察), as a draft or a 变更公告 sets them.</summary>
public abstract class CampaignScheduleInput
{
    [Required]
    [BusinessDate]
    public DateOnly? RegistrationStart { get; set; }

    [Required]
    [BusinessDate]
    public DateOnly? RegistrationEnd { get; set; }

    [BusinessDate]
    public DateOnly? WrittenExamOn { get; set; }

    [BusinessDate]
    public DateOnly? InterviewOn { get; set; }

    [BusinessDate]
    public DateOnly? MedicalOn { get; set; }

    [BusinessDate]
    public DateOnly? AssessmentOn { get; set; }
}

public class UpdateRecruitmentCampaignDto : CampaignScheduleInput
{
    [Range(2000, 2100)]
    public int Year { get; set; }

    [Required]
    [StringLength(RecruitmentCampaignConsts.MaxCodeLength, MinimumLength = 1)]
    public string Code { get; set; } = null!;

    [Required]
    [StringLength(RecruitmentCampaignConsts.MaxTitleLength, MinimumLength = 1)]
    public string TitleZh { get; set; } = null!;

    [StringLength(RecruitmentCampaignConsts.MaxTitleLength)]
    public string? TitleEn { get; set; }

    [Range(1, 60)]
    public int NoticeWorkingDays { get; set; } = RecruitmentDefaults.NoticeWorkingDays;

    [Range(1, 60)]
    public int MinRegistrationDays { get; set; } = RecruitmentDefaults.RegistrationDays;

    [BusinessDate]
    public DateOnly? AgeReferenceDate { get; set; }

    [Required]
    [MinLength(1)]
    [MaxLength(RecruitmentCampaignConsts.MaxPositions)]
    public List<CampaignPositionInput> Positions { get; set; } = [];

    public string? ConcurrencyStamp { get; set; }
}

public class CreateRecruitmentCampaignDto : UpdateRecruitmentCampaignDto
{
    [Required]
    public Guid? RecruitmentPlanId { get; set; }
}

public class PublishRecruitmentCampaignDto
{
    [Required]
    [BusinessDate]
    public DateOnly? PublishedOn { get; set; }

    [Required]
    [BusinessDate]
    public DateOnly? NoticeEndsOn { get; set; }
}

/// <summary>变更公告: the new registration period and stage dates, and positions withdrawn, with the reason.</summary>
public class AmendRecruitmentCampaignDto : CampaignScheduleInput
{
    [Required]
    [StringLength(RecruitmentCampaignConsts.MaxReasonLength, MinimumLength = 1)]
    public string Reason { get; set; } = null!;

    [MaxLength(RecruitmentCampaignConsts.MaxPositions)]
    public List<Guid> CancelledPositionIds { get; set; } = [];
}

public class CancelRecruitmentCampaignDto
{
    [Required]
    [StringLength(RecruitmentCampaignConsts.MaxReasonLength, MinimumLength = 1)]
    public string Reason { get; set; } = null!;
}

public class GetRecruitmentCampaignsInput
{
    public int? Year { get; set; }
    public RecruitmentCampaignStatus? Status { get; set; }
}

/// <summary>The 开考比例 decision recorded for a position.</summary>
public record OpeningRatioDecisionDto(OpeningRatioDecision Decision, int OriginalPlaces, int PlacesKept, int QualifiedApplicants, int RequiredApplicants, CampaignPositionDto Position);
