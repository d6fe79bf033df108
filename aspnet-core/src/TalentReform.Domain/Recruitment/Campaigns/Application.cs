using TalentReform.Entities;
using TalentReform.Localization;
using TalentReform.PersonalData;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// 报名: one candidate for one position of a campaign (one application per 身份证号 per campaign, see
/// <see cref="ApplicationManager"/>), with the candidate as registered, the 诚信承诺 (人社部发〔2024〕57号), the
/// declared relatives, the scores and the stage reached. Stages move one at a time in the position's order
/// (<see cref="ApplicationStages"/>); an application ends withdrawn, failed at a stage with a reason, or hired.
/// </summary>
public class Application : AggregateRoot, IMultiZone, IHasCreationTime
{
    private readonly List<DeclaredRelative> _relatives = [];

    public Guid? ZoneId { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid PositionId { get; private set; }

    public string CandidateName { get; private set; } = null!;

    [Personal(PersonalDataKind.IdNumber)]
    public string IdNumber { get; private set; } = null!;

    [Personal(PersonalDataKind.Phone)]
    public string? Phone { get; private set; }

    public DateOnly BirthDate { get; private set; }
    public EducationDegree? Degree { get; private set; }
    public string? Major { get; private set; }
    public string? ProfessionalTitle { get; private set; }
    public int YearsOfExperience { get; private set; }

    /// <summary>户籍所在地 as declared.</summary>
    public string? HouseholdRegistration { get; private set; }

    /// <summary>When the candidate signed the 诚信承诺 (required to apply).</summary>
    public DateTimeOffset PledgeSignedAt { get; private set; }

    public decimal? WrittenScore { get; private set; }
    public decimal? InterviewScore { get; private set; }

    /// <summary>The examiners who gave the written score (none where the campaign registers no examiners).</summary>
    public IReadOnlyList<Guid> WrittenExaminerIds { get; private set; } = [];

    /// <summary>The examiners (the interview panel) who gave the interview score.</summary>
    public IReadOnlyList<Guid> InterviewExaminerIds { get; private set; } = [];
    public decimal? TotalScore { get; private set; }
    public int? Rank { get; private set; }

    /// <summary>Tied on total and written score: a 加试 decides, and HR records its outcome by ranking again.</summary>
    public bool NeedsExtraTest { get; private set; }

    public RecruitmentStage Stage { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public RecruitmentStage? FailedAtStage { get; private set; }
    public string? StatusReason { get; private set; }

    /// <summary>递补: the application whose place this one fills (it entered 体检/考察 as a replacement).</summary>
    public Guid? ReplacesApplicationId { get; private set; }

    /// <summary>When HR reviewed the 回避 flags (same-unit relatives), by whom, with what note.</summary>
    public DateTimeOffset? AvoidanceReviewedAt { get; private set; }

    public Guid? AvoidanceReviewedBy { get; private set; }
    public string? AvoidanceReviewerName { get; private set; }
    public string? AvoidanceReviewNote { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }
    public DateTimeOffset LastModificationTime { get; private set; }

    public IReadOnlyList<DeclaredRelative> Relatives => _relatives;

    /// <summary>A relative was flagged for 回避 at registration and HR has not reviewed it yet.</summary>
    public bool NeedsAvoidanceReview => AvoidanceReviewedAt is null && _relatives.Any(r => r.AvoidanceFlag is not null);

    public CandidateSnapshot Candidate => new(CandidateName, IdNumber, Phone, BirthDate, Degree, Major, ProfessionalTitle, YearsOfExperience, HouseholdRegistration);

    public bool IsActive => Status == ApplicationStatus.Active;

    protected Application()
    {
    }

    /// <summary>Use <see cref="ApplicationManager.OpenAsync"/>, which checks the registration window and duplicates.</summary>
    internal Application(
        Guid id, Guid zoneId, Guid campaignId, Guid positionId, CandidateSnapshot candidate, DateTimeOffset? pledgeSignedAt,
        IReadOnlyList<RelativeDeclaration> relatives, DateTimeOffset now)
        : base(id)
    {
        if (pledgeSignedAt is null)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationPledgeRequired);
        }

        ZoneId = zoneId;
        CampaignId = campaignId;
        PositionId = positionId;
        PledgeSignedAt = pledgeSignedAt.Value;
        CreationTime = now;
        LastModificationTime = now;
        Stage = RecruitmentStage.Registered;
        Status = ApplicationStatus.Active;
        SetCandidate(candidate, now);
        DeclareRelatives(relatives, now);
    }

    /// <summary>Corrects the registration form; only before 资格初审.</summary>
    public void SetCandidate(CandidateSnapshot candidate, DateTimeOffset now)
    {
        EnsureRegistered();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (candidate.BirthDate > today || candidate.YearsOfExperience is < 0 or > RecruitmentCampaignConsts.MaxYearsOfExperience)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationCandidateInvalid, candidate.BirthDate, candidate.YearsOfExperience);
        }

        CandidateName = Check.NotNullOrWhiteSpace(candidate.Name, nameof(candidate.Name)).Trim();
        IdNumber = Person.NormalizeIdNumber(candidate.IdNumber);
        Phone = Clean(candidate.Phone);
        BirthDate = candidate.BirthDate;
        Degree = candidate.Degree;
        Major = Clean(candidate.Major);
        ProfessionalTitle = Clean(candidate.ProfessionalTitle);
        YearsOfExperience = candidate.YearsOfExperience;
        HouseholdRegistration = Clean(candidate.HouseholdRegistration);
        LastModificationTime = now;
    }

    /// <summary>Replaces the declared relatives; only before 资格初审 (the 回避 check reads them there).</summary>
    public void DeclareRelatives(IReadOnlyList<RelativeDeclaration> relatives, DateTimeOffset now)
    {
        EnsureRegistered();
        if (relatives.Count > ApplicationConsts.MaxRelatives)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationTooManyRelatives, ApplicationConsts.MaxRelatives);
        }

        _relatives.Clear();
        _relatives.AddRange(relatives.Select(r => new DeclaredRelative(Guid.NewGuid(), Id, r)));
        LastModificationTime = now;
    }

    /// <summary>The reasons the candidate does not meet the position's requirements on the campaign's reference date.</summary>
    public IReadOnlyList<IneligibilityReason> CheckEligibility(RecruitmentCampaign campaign) =>
        PositionOf(campaign).Requirements.Check(Candidate, campaign.EligibilityReferenceDate);

    /// <summary>
    /// Moves to <paramref name="to"/>, which must be the next stage for the position. Guards: 资格初审 and leaving 考察
    /// check eligibility; 笔试 waits for the position's 开考比例 check (or its exemption); leaving 笔试 and 面试 needs their
    /// scores at or above the position's pass lines; 总成绩/排名 needs the total and rank
    /// (<see cref="RecordRanking"/>); a cancelled position moves no one on.
    /// </summary>
    public void Advance(RecruitmentCampaign campaign, RecruitmentStage to, DateTimeOffset now)
    {
        var position = PositionOf(campaign);
        EnsureActive();
        if (position.IsCancelled)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignPositionCancelled, position.Code);
        }

        var next = ApplicationStages.Next(Stage, position.Method, position.CheckOrder);
        if (to != next)
        {
            throw new BusinessException(
                TalentReformErrorCodes.ApplicationStageOutOfOrder, LocalizedEnum.Of(Stage), LocalizedEnum.Of(to), next is null ? "—" : LocalizedEnum.Of(next.Value));
        }

        if (to == RecruitmentStage.QualificationPassed || Stage == RecruitmentStage.Assessment)
        {
            var reasons = CheckEligibility(campaign);
            if (reasons.Count > 0)
            {
                throw new BusinessException(TalentReformErrorCodes.ApplicationNotEligible, CandidateName, new IneligibilityReasons(reasons));
            }
        }

        if (to == RecruitmentStage.WrittenExam && !position.OpeningRatioCleared)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationOpeningRatioNotChecked, position.Code);
        }

        RequireScore(RecruitmentStage.WrittenExam, WrittenScore);
        RequireScore(RecruitmentStage.Interview, InterviewScore);
        RequirePassLine(RecruitmentStage.WrittenExam, WrittenScore, position.WrittenPassLine);
        RequirePassLine(RecruitmentStage.Interview, InterviewScore, position.InterviewPassLine);
        if (to == RecruitmentStage.Ranked && (TotalScore is null || Rank is null))
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationScoreMissing, LocalizedEnum.Of(RecruitmentStage.Ranked), LocalizedEnum.Of(Stage));
        }

        Stage = to;
        if (to == RecruitmentStage.Hired)
        {
            Status = ApplicationStatus.Hired;
        }

        LastModificationTime = now;
    }

    /// <summary>
    /// 递补: a ranked candidate takes the place <paramref name="replacedApplicationId"/> left, entering the first
    /// check (体检 or 考察, in the position's order) from 总成绩/排名; refused where the position does not 递补.
    /// Counting (once / until exhausted) and the choice of the next in rank are the caller's.
    /// </summary>
    public void EnterAsReplacement(RecruitmentCampaign campaign, Guid replacedApplicationId, DateTimeOffset now)
    {
        var position = PositionOf(campaign);
        EnsureActive();
        if (position.ReplacementPolicy == ReplacementPolicy.None)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationReplacementNotAllowed, position.Code);
        }

        if (replacedApplicationId == Id)
        {
            throw new ArgumentException("An application cannot replace itself.", nameof(replacedApplicationId));
        }

        var firstCheck = ApplicationStages.Next(RecruitmentStage.Ranked, position.Method, position.CheckOrder)!.Value;
        if (Stage != RecruitmentStage.Ranked)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationStageOutOfOrder, LocalizedEnum.Of(Stage), LocalizedEnum.Of(firstCheck), LocalizedEnum.Of(RecruitmentStage.Ranked));
        }

        Advance(campaign, firstCheck, now);
        ReplacesApplicationId = replacedApplicationId;
    }

    /// <summary>
    /// 笔试成绩, recorded while at 笔试 (scores on a 100-point scale, kept as entered), with the examiners who scored
    /// (checked for recusal by <see cref="ExaminerPanel"/> before).
    /// </summary>
    public void RecordWrittenScore(decimal score, DateTimeOffset now, IReadOnlyList<Guid>? examinerIds = null)
    {
        EnsureScoreStage(RecruitmentStage.WrittenExam);
        WrittenScore = CheckScore(score);
        WrittenExaminerIds = [.. examinerIds ?? []];
        LastModificationTime = now;
    }

    /// <summary>面试 (or 考核) score, recorded while at 面试, with the examiners who scored.</summary>
    public void RecordInterviewScore(decimal score, DateTimeOffset now, IReadOnlyList<Guid>? examinerIds = null)
    {
        EnsureScoreStage(RecruitmentStage.Interview);
        InterviewScore = CheckScore(score);
        InterviewExaminerIds = [.. examinerIds ?? []];
        LastModificationTime = now;
    }

    /// <summary>
    /// HR's review of the 回避 flags (relatives in the same unit): recorded once, with who and when. Refused where nothing
    /// was flagged or the flags were already reviewed.
    /// </summary>
    public void ReviewAvoidance(Guid reviewerId, string reviewerName, string? note, DateTimeOffset now)
    {
        if (!_relatives.Any(r => r.AvoidanceFlag is not null))
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationNoAvoidanceFlag, CandidateName);
        }

        if (AvoidanceReviewedAt is not null)
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.ApplicationAvoidanceAlreadyReviewed, CandidateName, AvoidanceReviewerName ?? "");
        }

        AvoidanceReviewedAt = now;
        AvoidanceReviewedBy = reviewerId;
        AvoidanceReviewerName = Check.NotNullOrWhiteSpace(reviewerName, nameof(reviewerName)).Trim();
        AvoidanceReviewNote = string.IsNullOrWhiteSpace(note) ? null : CheckReason(note);
        LastModificationTime = now;
    }

    /// <summary>
    /// Records the total and rank the ranking computed (weights and rounding are the ranking's), at 面试 (then moves
    /// to 总成绩/排名) or again at 总成绩/排名 (after a 加试).
    /// </summary>
    public void RecordRanking(RecruitmentCampaign campaign, decimal totalScore, int rank, bool needsExtraTest, DateTimeOffset now)
    {
        EnsureActive();
        if (Stage is not (RecruitmentStage.Interview or RecruitmentStage.Ranked))
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationScoreNotAtStage, LocalizedEnum.Of(RecruitmentStage.Ranked), LocalizedEnum.Of(Stage));
        }

        if (rank < 1)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationRankInvalid, rank);
        }

        var total = CheckScore(totalScore);
        if (PositionOf(campaign).IsCancelled)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignPositionCancelled, PositionOf(campaign).Code);
        }

        var wasRanked = Stage == RecruitmentStage.Ranked;
        if (!wasRanked)
        {
            // Advance's guards, checked before anything is recorded, so a refusal leaves the application as it was.
            RequireScore(RecruitmentStage.Interview, InterviewScore);
            RequirePassLine(RecruitmentStage.Interview, InterviewScore, PositionOf(campaign).InterviewPassLine);
        }

        TotalScore = total;
        Rank = rank;
        NeedsExtraTest = needsExtraTest;
        if (!wasRanked)
        {
            Advance(campaign, RecruitmentStage.Ranked, now);
        }

        LastModificationTime = now;
    }

    /// <summary>放弃: the candidate withdraws (the reason is optional: a candidate need not say why).</summary>
    public void Withdraw(string? reason, DateTimeOffset now)
    {
        EnsureActive();
        Status = ApplicationStatus.Withdrawn;
        StatusReason = string.IsNullOrWhiteSpace(reason) ? null : CheckReason(reason);
        LastModificationTime = now;
    }

    /// <summary>Fails the candidate at the current stage (资格审查不合格, 体检不合格, 考察不合格, 公示 objection upheld …), with the reason.</summary>
    public void Fail(string reason, DateTimeOffset now)
    {
        EnsureActive();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationReasonRequired);
        }

        StatusReason = CheckReason(reason);
        Status = ApplicationStatus.Failed;
        FailedAtStage = Stage;
        LastModificationTime = now;
    }

    private CampaignPosition PositionOf(RecruitmentCampaign campaign)
    {
        if (campaign.Id != CampaignId)
        {
            throw new ArgumentException("The application belongs to another campaign.", nameof(campaign));
        }

        return campaign.GetPosition(PositionId);
    }

    private void RequireScore(RecruitmentStage leaving, decimal? score)
    {
        if (Stage == leaving && score is null)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationScoreMissing, LocalizedEnum.Of(leaving), LocalizedEnum.Of(Stage));
        }
    }

    // Below a pass line the candidate goes no further (and gets no total): HR fails the application with the reason.
    private void RequirePassLine(RecruitmentStage leaving, decimal? score, decimal? passLine)
    {
        if (Stage == leaving && score < passLine)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationBelowPassLine, LocalizedEnum.Of(leaving), score, passLine);
        }
    }

    private void EnsureScoreStage(RecruitmentStage stage)
    {
        EnsureActive();
        if (Stage != stage)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationScoreNotAtStage, LocalizedEnum.Of(stage), LocalizedEnum.Of(Stage));
        }
    }

    private void EnsureActive()
    {
        if (Status != ApplicationStatus.Active)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationNotActive, CandidateName, LocalizedEnum.Of(Status));
        }
    }

    private void EnsureRegistered()
    {
        EnsureActive();
        if (Stage != RecruitmentStage.Registered)
        {
            throw new BusinessException(TalentReformErrorCodes.ApplicationRelativesLocked, LocalizedEnum.Of(Stage));
        }
    }

    private static decimal CheckScore(decimal score) =>
        score is < 0m or > RecruitmentCampaignConsts.MaxScore
            ? throw new BusinessException(TalentReformErrorCodes.ApplicationScoreOutOfRange, score, RecruitmentCampaignConsts.MaxScore)
            : score;

    private static string CheckReason(string reason) =>
        reason.Trim().Length > ApplicationConsts.MaxReasonLength
            ? throw new BusinessException(TalentReformErrorCodes.ApplicationReasonRequired)
            : reason.Trim();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
