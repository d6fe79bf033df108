using System.Globalization;
using TalentReform.Entities;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// 招聘岗位 of a campaign, from one approved plan line: where (unit, post, staffing type), how many, who may apply
/// (<see cref="Requirements"/>) and how they are chosen (<see cref="Scoring"/>). Changed only through its campaign,
/// which freezes it at publication; after that only the 开考比例 decision may reduce or cancel it.
/// </summary>
public class CampaignPosition : Entity
{
    private List<string> _majors = [];

    public Guid CampaignId { get; private set; }
    public Guid PlanLineId { get; private set; }
    public Guid OrgUnitId { get; private set; }
    public Guid PostId { get; private set; }
    public StaffingType StaffingType { get; private set; }

    /// <summary>岗位代码, unique in the campaign.</summary>
    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;
    public int Places { get; private set; }
    public bool IsCancelled { get; private set; }

    public EducationDegree? MinimumDegree { get; private set; }
    public IReadOnlyList<string> Majors => _majors;
    public int? MaxAge { get; private set; }
    public string? ProfessionalTitle { get; private set; }
    public int? MinYearsOfExperience { get; private set; }
    public string? HouseholdRegistration { get; private set; }

    public RecruitmentMethod Method { get; private set; }
    public int? WrittenWeightPercent { get; private set; }
    public int ScoreDecimals { get; private set; }
    public ScoreRounding ScoreRounding { get; private set; }
    public decimal? WrittenPassLine { get; private set; }
    public decimal InterviewPassLine { get; private set; }
    public int? InterviewRatio { get; private set; }
    public int? OpeningRatio { get; private set; }
    public OpeningRatioShortfall? OpeningRatioShortfall { get; private set; }
    public ReplacementPolicy ReplacementPolicy { get; private set; }
    public CheckOrder CheckOrder { get; private set; }

    /// <summary>试用期 in months when the hire is not a first employment under a contract of 3 years or more (3 or 6).</summary>
    public int ProbationMonths { get; private set; }

    /// <summary>最低服务年限, when the campaign sets one.</summary>
    public int? MinimumServiceYears { get; private set; }

    public string? ExemptionReason { get; private set; }
    public string? ExemptionApprovalReference { get; private set; }
    public DateOnly? ExemptionApprovedOn { get; private set; }

    /// <summary>The 开考比例 decision, once taken: how many qualified, the places before it, who took it and when.</summary>
    public int? OpeningRatioQualifiedApplicants { get; private set; }

    public int? PlacesBeforeOpeningRatio { get; private set; }
    public Guid? OpeningRatioDecidedBy { get; private set; }
    public DateTimeOffset? OpeningRatioDecidedAt { get; private set; }

    public PositionRequirements Requirements => new(MinimumDegree, _majors.ToList(), MaxAge, ProfessionalTitle, MinYearsOfExperience, HouseholdRegistration);

    public PositionScoring Scoring => new(
        Method, WrittenWeightPercent, ScoreDecimals, ScoreRounding, WrittenPassLine, InterviewPassLine, InterviewRatio, OpeningRatio,
        OpeningRatioShortfall, ReplacementPolicy, CheckOrder, ProbationMonths, MinimumServiceYears);

    public OpeningRatioExemption? Exemption =>
        ExemptionReason is null ? null : new OpeningRatioExemption(ExemptionReason, ExemptionApprovalReference!, ExemptionApprovedOn!.Value);

    public bool OpeningRatioDecided => OpeningRatioDecidedAt is not null;

    protected CampaignPosition()
    {
    }

    internal CampaignPosition(Guid id, Guid campaignId, CampaignPositionSpec spec)
        : base(id)
    {
        CampaignId = campaignId;
        PlanLineId = spec.PlanLineId;
        OrgUnitId = spec.OrgUnitId;
        PostId = spec.PostId;
        StaffingType = spec.StaffingType;
        Update(spec.Code, spec.Name, spec.Places, spec.Requirements, spec.Scoring);
    }

    internal void Update(string code, string name, int places, PositionRequirements requirements, PositionScoring scoring)
    {
        if (places < 1)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignPlacesInvalid, places);
        }

        Code = Check.NotNullOrWhiteSpace(code, nameof(code)).Trim();
        Name = Check.NotNullOrWhiteSpace(name, nameof(name)).Trim();
        var valid = scoring.Validated(Code);
        if (!valid.HasWrittenExam && Exemption is not null)
        {
            // An exemption from a ratio the position no longer has would read as if it had been needed.
            SetExemption(null);
        }

        Places = places;
        SetRequirements(requirements.Validated());
        SetScoring(valid);
    }

    internal void SetExemption(OpeningRatioExemption? exemption)
    {
        if (exemption is not null && !Scoring.HasWrittenExam)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignOpeningRatioNotApplicable, Code);
        }

        var valid = exemption?.Validated();
        ExemptionReason = valid?.Reason;
        ExemptionApprovalReference = valid?.ApprovalReference;
        ExemptionApprovedOn = valid?.ApprovedOn;
    }

    internal void Cancel() => IsCancelled = true;

    /// <summary>
    /// Records the 开考比例 check, which the written exam waits for: the qualified applicants counted and the places
    /// left — unchanged when the ratio is met, fewer (0 cancels the position) on a shortfall. The counting is the
    /// caller's; this accepts only numbers consistent with the ratio and the shortfall setting.
    /// </summary>
    internal void DecideOpeningRatio(int qualifiedApplicants, int placesAfter, Guid decidedBy, DateTimeOffset now)
    {
        if (IsCancelled)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignPositionCancelled, Code);
        }

        if (!Scoring.HasWrittenExam || Exemption is not null)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignOpeningRatioNotApplicable, Code);
        }

        if (OpeningRatioDecided)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignOpeningRatioAlreadyDecided, Code);
        }

        var ratio = OpeningRatio!.Value;
        var met = Places * ratio <= qualifiedApplicants;
        var allowed = qualifiedApplicants >= 0 && (met ? placesAfter == Places : ShortfallAllows(qualifiedApplicants, placesAfter, ratio));
        if (!allowed)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignOpeningRatioDecisionInvalid, Code, Places, qualifiedApplicants, ratio, placesAfter);
        }

        OpeningRatioQualifiedApplicants = qualifiedApplicants;
        PlacesBeforeOpeningRatio = Places;
        OpeningRatioDecidedBy = decidedBy;
        OpeningRatioDecidedAt = now;
        if (placesAfter == 0)
        {
            IsCancelled = true;
        }
        else
        {
            Places = placesAfter;
        }
    }

    /// <summary>The written exam may run: the 开考比例 was checked, or an approved exemption waives it.</summary>
    public bool OpeningRatioCleared => OpeningRatioDecided || Exemption is not null;

    private bool ShortfallAllows(int qualifiedApplicants, int placesAfter, int ratio) =>
        placesAfter >= 0 && placesAfter < Places
            && placesAfter * ratio <= qualifiedApplicants
            && (placesAfter == 0 || OpeningRatioShortfall == Recruitment.OpeningRatioShortfall.ReducePlaces);

    /// <summary>The announced conditions, field by field, for the 变更公告 record (what changed from what to what).</summary>
    internal IEnumerable<KeyValuePair<string, string?>> Conditions()
    {
        var prefix = $"Position[{Code}].";
        var invariant = CultureInfo.InvariantCulture;
        yield return new(prefix + nameof(Name), Name);
        yield return new(prefix + nameof(Places), Places.ToString(invariant));
        yield return new(prefix + nameof(IsCancelled), IsCancelled ? "true" : null);
        yield return new(prefix + nameof(MinimumDegree), MinimumDegree?.ToString());
        yield return new(prefix + nameof(Majors), _majors.Count == 0 ? null : string.Join("、", _majors));
        yield return new(prefix + nameof(MaxAge), MaxAge?.ToString(invariant));
        yield return new(prefix + nameof(ProfessionalTitle), ProfessionalTitle);
        yield return new(prefix + nameof(MinYearsOfExperience), MinYearsOfExperience?.ToString(invariant));
        yield return new(prefix + nameof(HouseholdRegistration), HouseholdRegistration);
        yield return new(prefix + nameof(Method), Method.ToString());
        yield return new(prefix + nameof(WrittenWeightPercent), WrittenWeightPercent?.ToString(invariant));
        yield return new(prefix + nameof(ScoreDecimals), ScoreDecimals.ToString(invariant));
        yield return new(prefix + nameof(ScoreRounding), ScoreRounding.ToString());
        yield return new(prefix + nameof(WrittenPassLine), WrittenPassLine?.ToString(invariant));
        yield return new(prefix + nameof(InterviewPassLine), InterviewPassLine.ToString(invariant));
        yield return new(prefix + nameof(InterviewRatio), InterviewRatio?.ToString(invariant));
        yield return new(prefix + nameof(OpeningRatio), OpeningRatio?.ToString(invariant));
        yield return new(prefix + nameof(OpeningRatioShortfall), OpeningRatioShortfall?.ToString());
        yield return new(prefix + nameof(ReplacementPolicy), ReplacementPolicy.ToString());
        yield return new(prefix + nameof(CheckOrder), CheckOrder.ToString());
        yield return new(prefix + nameof(ProbationMonths), ProbationMonths.ToString(invariant));
        yield return new(prefix + nameof(MinimumServiceYears), MinimumServiceYears?.ToString(invariant));
        yield return new(prefix + nameof(Exemption), Exemption is { } e ? $"{e.ApprovalReference} {e.ApprovedOn:yyyy-MM-dd}" : null);
    }

    private void SetRequirements(PositionRequirements requirements)
    {
        MinimumDegree = requirements.MinimumDegree;
        _majors = requirements.MajorList.ToList();
        MaxAge = requirements.MaxAge;
        ProfessionalTitle = requirements.ProfessionalTitle;
        MinYearsOfExperience = requirements.MinYearsOfExperience;
        HouseholdRegistration = requirements.HouseholdRegistration;
    }

    private void SetScoring(PositionScoring scoring)
    {
        Method = scoring.Method;
        WrittenWeightPercent = scoring.WrittenWeightPercent;
        ScoreDecimals = scoring.Decimals;
        ScoreRounding = scoring.Rounding;
        WrittenPassLine = scoring.WrittenPassLine;
        InterviewPassLine = scoring.InterviewPassLine;
        InterviewRatio = scoring.InterviewRatio;
        OpeningRatio = scoring.OpeningRatio;
        OpeningRatioShortfall = scoring.Shortfall;
        ReplacementPolicy = scoring.Replacement;
        CheckOrder = scoring.CheckOrder;
        ProbationMonths = scoring.ProbationMonths;
        MinimumServiceYears = scoring.MinimumServiceYears;
    }
}
