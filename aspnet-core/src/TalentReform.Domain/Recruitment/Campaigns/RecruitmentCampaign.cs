using System.Globalization;
using TalentReform.Entities;
using TalentReform.Localization;

namespace TalentReform.Recruitment;

/// <summary>
/// 招聘公告: a zone's campaign for a year, from an approved recruitment plan's lines (its positions). HR edits it as a
/// draft; <see cref="RecruitmentCampaignManager.PublishAsync"/> publishes it for at least
/// <see cref="NoticeWorkingDays"/> working days and freezes its conditions. From then on a condition changes only
/// inside <see cref="Amend"/> (变更公告), which records what changed; any other edit is refused.
/// </summary>
public class RecruitmentCampaign : AggregateRoot, IMultiZone, IHasCreationTime
{
    private readonly List<CampaignPosition> _positions = [];
    private readonly List<CampaignAmendment> _amendments = [];

    // True only while Amend runs the caller's changes: the one door through which a published campaign changes.
    private bool _amending;

    public Guid? ZoneId { get; private set; }
    public int Year { get; private set; }

    /// <summary>公告编号, unique in the zone (the caller checks uniqueness).</summary>
    public string Code { get; private set; } = null!;

    public string TitleZh { get; private set; } = null!;
    public string? TitleEn { get; private set; }
    public Guid RecruitmentPlanId { get; private set; }
    public RecruitmentCampaignStatus Status { get; private set; }

    /// <summary>The notice stays public at least this many working days (default 7; configurable, practice varies).</summary>
    public int NoticeWorkingDays { get; private set; }

    /// <summary>Registration lasts at least this many calendar days, both ends counted (default 3).</summary>
    public int MinRegistrationDays { get; private set; }

    public DateOnly RegistrationStart { get; private set; }
    public DateOnly RegistrationEnd { get; private set; }

    /// <summary>The date age and experience are counted on; null: the registration end (the usual "截至报名截止日").</summary>
    public DateOnly? AgeReferenceDate { get; private set; }

    public DateOnly? WrittenExamOn { get; private set; }
    public DateOnly? InterviewOn { get; private set; }
    public DateOnly? MedicalOn { get; private set; }
    public DateOnly? AssessmentOn { get; private set; }

    public DateOnly? PublishedOn { get; private set; }
    public DateOnly? NoticeEndsOn { get; private set; }
    public Guid? PublishedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelReason { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }
    public DateTimeOffset LastModificationTime { get; private set; }

    public IReadOnlyList<CampaignPosition> Positions => _positions;
    public IReadOnlyList<CampaignAmendment> Amendments => _amendments.OrderBy(a => a.Sequence).ToList();

    public DateOnly EligibilityReferenceDate => AgeReferenceDate ?? RegistrationEnd;

    public bool IsRegistrationOpen(DateOnly today) =>
        Status == RecruitmentCampaignStatus.Published && RegistrationStart <= today && today <= RegistrationEnd;

    protected RecruitmentCampaign()
    {
    }

    public RecruitmentCampaign(
        Guid id, Guid zoneId, int year, string code, string titleZh, string? titleEn, Guid recruitmentPlanId,
        DateOnly registrationStart, DateOnly registrationEnd, DateTimeOffset now)
        : base(id)
    {
        ZoneId = zoneId;
        RecruitmentPlanId = recruitmentPlanId;
        Status = RecruitmentCampaignStatus.Draft;
        NoticeWorkingDays = RecruitmentDefaults.NoticeWorkingDays;
        MinRegistrationDays = RecruitmentDefaults.RegistrationDays;
        CreationTime = now;
        SetDetails(year, code, titleZh, titleEn, now);
        SetRegistration(registrationStart, registrationEnd, null, now);
    }

    public void SetDetails(int year, string code, string titleZh, string? titleEn, DateTimeOffset now)
    {
        BeginEdit(now);
        Year = year;
        Code = Check.NotNullOrWhiteSpace(code, nameof(code)).Trim();
        TitleZh = Check.NotNullOrWhiteSpace(titleZh, nameof(titleZh)).Trim();
        TitleEn = string.IsNullOrWhiteSpace(titleEn) ? null : titleEn.Trim();
    }

    /// <summary>The minimum notice and registration periods (configurable; practice varies by province).</summary>
    public void SetMinimumPeriods(int noticeWorkingDays, int minRegistrationDays, DateTimeOffset now)
    {
        BeginEdit(now);
        if (noticeWorkingDays < 1 || minRegistrationDays < 1)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignMinimumPeriodInvalid, noticeWorkingDays, minRegistrationDays);
        }

        NoticeWorkingDays = noticeWorkingDays;
        MinRegistrationDays = minRegistrationDays;
        CheckRegistration(RegistrationStart, RegistrationEnd);
    }

    public void SetRegistration(DateOnly start, DateOnly end, DateOnly? ageReferenceDate, DateTimeOffset now)
    {
        BeginEdit(now);
        CheckRegistration(start, end);
        if (start < PublishedOn)
        {
            // A 变更公告 may extend the registration, never open it before the notice was public.
            throw new BusinessException(TalentReformErrorCodes.CampaignRegistrationPeriodInvalid, start, end, MinRegistrationDays);
        }

        RegistrationStart = start;
        RegistrationEnd = end;
        AgeReferenceDate = ageReferenceDate;
        CheckStageDates(WrittenExamOn, InterviewOn, MedicalOn, AssessmentOn);
    }

    /// <summary>考试考察体检安排: each after the registration closes, the written exam before the interview and the interview before the checks.</summary>
    public void SetStageDates(DateOnly? writtenExamOn, DateOnly? interviewOn, DateOnly? medicalOn, DateOnly? assessmentOn, DateTimeOffset now)
    {
        BeginEdit(now);
        CheckStageDates(writtenExamOn, interviewOn, medicalOn, assessmentOn);
        WrittenExamOn = writtenExamOn;
        InterviewOn = interviewOn;
        MedicalOn = medicalOn;
        AssessmentOn = assessmentOn;
    }

    public CampaignPosition AddPosition(CampaignPositionSpec spec, DateTimeOffset now)
    {
        BeginEdit(now);
        if (_positions.Count >= RecruitmentCampaignConsts.MaxPositions)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignTooManyPositions, RecruitmentCampaignConsts.MaxPositions);
        }

        if (_positions.Any(p => p.PlanLineId == spec.PlanLineId))
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignPlanLineDuplicate, spec.Code);
        }

        CheckCodeFree(spec.Code, null);
        var position = new CampaignPosition(Guid.NewGuid(), Id, spec);
        _positions.Add(position);
        return position;
    }

    public void UpdatePosition(Guid positionId, string code, string name, int places, PositionRequirements requirements, PositionScoring scoring, DateTimeOffset now)
    {
        BeginEdit(now);
        var position = GetPosition(positionId);
        CheckCodeFree(code, positionId);
        position.Update(code, name, places, requirements, scoring);
    }

    /// <summary>Records (or clears) an approved 开考比例 exemption; it is one of the announced conditions.</summary>
    public void SetOpeningRatioExemption(Guid positionId, OpeningRatioExemption? exemption, DateTimeOffset now)
    {
        BeginEdit(now);
        GetPosition(positionId).SetExemption(exemption);
    }

    /// <summary>A draft drops the position; a published campaign (inside a 变更公告) keeps it, cancelled, for its applications.</summary>
    public void RemovePosition(Guid positionId, DateTimeOffset now)
    {
        BeginEdit(now);
        var position = GetPosition(positionId);
        if (Status == RecruitmentCampaignStatus.Draft)
        {
            _positions.Remove(position);
        }
        else
        {
            position.Cancel();
        }
    }

    /// <summary>
    /// 变更公告: runs <paramref name="changes"/> (this campaign's edit methods) on the published campaign and records
    /// which announced conditions changed, from what to what, with the reason, who and when. Refused when nothing changed.
    /// </summary>
    public CampaignAmendment Amend(string reason, Guid userId, string userName, DateTimeOffset now, Action<RecruitmentCampaign> changes)
    {
        if (Status != RecruitmentCampaignStatus.Published)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignAmendmentNotAllowed, Code, LocalizedEnum.Of(Status));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > RecruitmentCampaignConsts.MaxReasonLength)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignReasonRequired);
        }

        var before = Conditions();
        _amending = true;
        try
        {
            changes(this);
        }
        finally
        {
            _amending = false;
        }

        var after = Conditions();
        var changed = before.Keys.Union(after.Keys)
            .Select(field => new CampaignConditionChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .Where(c => c.Before != c.After)
            .ToList();
        if (changed.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignAmendmentEmpty, Code);
        }

        var amendment = new CampaignAmendment(
            Guid.NewGuid(), Id, _amendments.Count + 1, reason.Trim(), changed, userId, Check.NotNullOrWhiteSpace(userName, nameof(userName)).Trim(), now);
        _amendments.Add(amendment);
        LastModificationTime = now;
        return amendment;
    }

    /// <summary>A draft with at least one open position; the notice's dates are <see cref="RecruitmentCampaignManager"/>'s to check.</summary>
    public void EnsurePublishable()
    {
        EnsureDraft();
        if (!_positions.Any(p => !p.IsCancelled))
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignWithoutPositions, Code);
        }
    }

    /// <summary>
    /// Publishes the notice from <paramref name="publishedOn"/> to <paramref name="noticeEndsOn"/>, once
    /// <see cref="RecruitmentCampaignManager"/> has checked the dates with <see cref="NoticePeriodChecker"/>.
    /// </summary>
    internal void Publish(DateOnly publishedOn, DateOnly noticeEndsOn, Guid userId, DateTimeOffset now)
    {
        EnsurePublishable();
        Status = RecruitmentCampaignStatus.Published;
        PublishedOn = publishedOn;
        NoticeEndsOn = noticeEndsOn;
        PublishedBy = userId;
        PublishedAt = now;
        LastModificationTime = now;
    }

    /// <summary>Records the 开考比例 decision for a position (places reduced, or 0: cancelled). See <see cref="CampaignPosition.DecideOpeningRatio"/>.</summary>
    public void DecideOpeningRatio(Guid positionId, int qualifiedApplicants, int placesAfter, Guid userId, DateTimeOffset now)
    {
        EnsurePublished();
        GetPosition(positionId).DecideOpeningRatio(qualifiedApplicants, placesAfter, userId, now);
        LastModificationTime = now;
    }

    public void Close(DateTimeOffset now)
    {
        EnsurePublished();
        Status = RecruitmentCampaignStatus.Closed;
        ClosedAt = now;
        LastModificationTime = now;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        if (Status is not (RecruitmentCampaignStatus.Draft or RecruitmentCampaignStatus.Published))
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignNotPublished, Code, LocalizedEnum.Of(Status));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > RecruitmentCampaignConsts.MaxReasonLength)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignReasonRequired);
        }

        Status = RecruitmentCampaignStatus.Cancelled;
        CancelReason = reason.Trim();
        CancelledAt = now;
        LastModificationTime = now;
    }

    public CampaignPosition GetPosition(Guid positionId) =>
        _positions.FirstOrDefault(p => p.Id == positionId) ?? throw new BusinessException(TalentReformErrorCodes.CampaignPositionNotFound, positionId);

    private void BeginEdit(DateTimeOffset now)
    {
        // The constructor's first edits run before a status exists to check (Draft is the default).
        if (!(Status == RecruitmentCampaignStatus.Draft || (_amending && Status == RecruitmentCampaignStatus.Published)))
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignNotDraft, Code, LocalizedEnum.Of(Status));
        }

        LastModificationTime = now;
    }

    private void EnsureDraft()
    {
        if (Status != RecruitmentCampaignStatus.Draft)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignNotDraft, Code, LocalizedEnum.Of(Status));
        }
    }

    private void EnsurePublished()
    {
        if (Status != RecruitmentCampaignStatus.Published)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignNotPublished, Code, LocalizedEnum.Of(Status));
        }
    }

    private void CheckCodeFree(string code, Guid? positionId)
    {
        if (_positions.Any(p => p.Id != positionId && string.Equals(p.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignPositionCodeDuplicate, code.Trim());
        }
    }

    private void CheckRegistration(DateOnly start, DateOnly end)
    {
        // Both ends count: 3-21 to 3-23 is 3 days.
        if (end <= start || end.DayNumber - start.DayNumber + 1 < MinRegistrationDays)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignRegistrationPeriodInvalid, start, end, MinRegistrationDays);
        }
    }

    private void CheckStageDates(DateOnly? writtenExamOn, DateOnly? interviewOn, DateOnly? medicalOn, DateOnly? assessmentOn)
    {
        var afterRegistration = new[] { writtenExamOn, interviewOn, medicalOn, assessmentOn }.All(d => d is null || d > RegistrationEnd);
        var examBeforeInterview = writtenExamOn is null || interviewOn is null || writtenExamOn < interviewOn;
        var interviewBeforeChecks = interviewOn is null || ((medicalOn is null || interviewOn < medicalOn) && (assessmentOn is null || interviewOn < assessmentOn));
        if (!afterRegistration || !examBeforeInterview || !interviewBeforeChecks)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignStageDatesInvalid, RegistrationEnd);
        }
    }

    private Dictionary<string, string?> Conditions()
    {
        var invariant = CultureInfo.InvariantCulture;
        var conditions = new Dictionary<string, string?>
        {
            [nameof(TitleZh)] = TitleZh,
            [nameof(TitleEn)] = TitleEn,
            [nameof(RegistrationStart)] = RegistrationStart.ToString("yyyy-MM-dd", invariant),
            [nameof(RegistrationEnd)] = RegistrationEnd.ToString("yyyy-MM-dd", invariant),
            [nameof(AgeReferenceDate)] = AgeReferenceDate?.ToString("yyyy-MM-dd", invariant),
            [nameof(WrittenExamOn)] = WrittenExamOn?.ToString("yyyy-MM-dd", invariant),
            [nameof(InterviewOn)] = InterviewOn?.ToString("yyyy-MM-dd", invariant),
            [nameof(MedicalOn)] = MedicalOn?.ToString("yyyy-MM-dd", invariant),
            [nameof(AssessmentOn)] = AssessmentOn?.ToString("yyyy-MM-dd", invariant),
        };
        foreach (var (field, value) in _positions.SelectMany(p => p.Conditions()))
        {
            conditions[field] = value;
        }

        return conditions;
    }
}
