using TalentReform.Entities;
using TalentReform.Localization;
using TalentReform.Planning;

namespace TalentReform.Recruitment;

/// <summary>
/// 公示 of a campaign's proposed hires (RECRUITMENT-RULES §1.7). HR lists applications that passed 体检 and 考察 while
/// it is a draft; <see cref="PublicityManager.PublishAsync"/> publishes it, stores the period from
/// <see cref="PublicityPeriodCalculator"/> and moves each application to 公示. Objections are received from publication
/// to the end of the last day and resolved afterwards if need be: upheld fails the candidate (递补 then applies
/// through the position's policy, and the replacement gets its own 公示); dismissed is recorded. A proposed hire may be
/// hired only after the period ended with none of its objections pending or upheld.
/// </summary>
public class RecruitmentPublicity : AggregateRoot, IMultiZone, IHasCreationTime
{
    private readonly List<PublicityEntry> _entries = [];
    private readonly List<PublicityObjection> _objections = [];

    public Guid? ZoneId { get; private set; }
    public Guid CampaignId { get; private set; }
    public string Title { get; private set; } = null!;
    public RecruitmentPublicityStatus Status { get; private set; }

    /// <summary>The period's length in working days (default 7; practice varies, 5 in some provinces).</summary>
    public int WorkingDays { get; private set; }

    public DateOnly? PublishedOn { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public Guid? PublishedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset CreationTime { get; private set; }
    public DateTimeOffset LastModificationTime { get; private set; }

    public IReadOnlyList<PublicityEntry> Entries => _entries;
    public IReadOnlyList<PublicityObjection> Objections => _objections.OrderBy(o => o.ReceivedAt).ToList();

    protected RecruitmentPublicity()
    {
    }

    public RecruitmentPublicity(Guid id, Guid zoneId, Guid campaignId, string title, int workingDays, DateTimeOffset now)
        : base(id)
    {
        if (workingDays is < 1 or > WorkingDayCalendar.MaxWorkingDays)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentWorkingDaysOutOfRange, workingDays, WorkingDayCalendar.MaxWorkingDays);
        }

        ZoneId = zoneId;
        CampaignId = campaignId;
        Title = PublicityObjection.Text(title, RecruitmentPublicityConsts.MaxTitleLength);
        WorkingDays = workingDays;
        Status = RecruitmentPublicityStatus.Draft;
        CreationTime = now;
        LastModificationTime = now;
    }

    /// <summary>Lists a proposed hire: an active application of this campaign whose next stage is 公示 (体检 and 考察 passed).</summary>
    public PublicityEntry AddEntry(RecruitmentCampaign campaign, Application application, DateTimeOffset now)
    {
        EnsureDraft();
        EnsureReady(campaign, application);
        if (_entries.Any(e => e.ApplicationId == application.Id))
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityApplicationDuplicate, application.CandidateName);
        }

        if (_entries.Count >= RecruitmentPublicityConsts.MaxEntries)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityTooManyEntries, RecruitmentPublicityConsts.MaxEntries);
        }

        var entry = new PublicityEntry(Guid.NewGuid(), Id, application);
        _entries.Add(entry);
        LastModificationTime = now;
        return entry;
    }

    public void RemoveEntry(Guid applicationId, DateTimeOffset now)
    {
        EnsureDraft();
        _entries.Remove(EntryOf(applicationId));
        LastModificationTime = now;
    }

    /// <summary>Use <see cref="PublicityManager.PublishAsync"/>, which computes the period on the working-day calendar.</summary>
    internal void Publish(RecruitmentCampaign campaign, IReadOnlyList<Application> applications, PublicityPeriod period, Guid userId, DateTimeOffset now)
    {
        EnsureDraft();
        if (_entries.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityWithoutEntries);
        }

        if (period.WorkingDays != WorkingDays)
        {
            throw new ArgumentException("The period was computed for another length.", nameof(period));
        }

        var listed = _entries.Select(e => applications.SingleOrDefault(a => a.Id == e.ApplicationId)
            ?? throw new ArgumentException("Every listed application is needed to publish.", nameof(applications))).ToList();

        // Every check before the first change: a refusal leaves the 公示 and the applications as they were.
        listed.ForEach(a => EnsureReady(campaign, a));
        listed.ForEach(a => a.Advance(campaign, RecruitmentStage.Publicity, now));
        Status = RecruitmentPublicityStatus.Published;
        PublishedOn = period.PublishedOn;
        StartsOn = period.StartsOn;
        EndsOn = period.EndsOn;
        PublishedBy = userId;
        PublishedAt = now;
        LastModificationTime = now;
    }

    /// <summary>Whether the period is over on <paramref name="today"/> (China date): the day after its last day.</summary>
    public bool HasEnded(DateOnly today) => Status == RecruitmentPublicityStatus.Published && today > EndsOn;

    /// <summary>Records an objection received at <paramref name="receivedAt"/>, which must fall inside the period (publication day to the last day).</summary>
    public PublicityObjection RecordObjection(Guid applicationId, string raisedBy, string content, DateTimeOffset receivedAt, Guid userId, DateTimeOffset now)
    {
        EnsurePublished();
        EntryOf(applicationId);
        var day = WorkingDayCalendar.ChinaDate(receivedAt);
        if (day < PublishedOn || day > EndsOn || receivedAt > now)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityObjectionOutsidePeriod, day, PublishedOn!.Value, EndsOn!.Value);
        }

        if (_objections.Count >= RecruitmentPublicityConsts.MaxObjections)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityObjectionInvalid);
        }

        var objection = new PublicityObjection(Guid.NewGuid(), Id, applicationId, raisedBy, content, receivedAt, userId);
        _objections.Add(objection);
        LastModificationTime = now;
        return objection;
    }

    /// <summary>
    /// Resolves an objection with the finding. Upheld fails <paramref name="application"/> at 公示 with the finding as
    /// the reason; the 递补 that follows is the position's (<see cref="ReplacementSelector"/>, <see cref="Application.EnterAsReplacement"/>).
    /// </summary>
    public PublicityObjection ResolveObjection(Guid objectionId, ObjectionResolution resolution, string note, Application application, Guid userId, DateTimeOffset now)
    {
        EnsurePublished();
        var objection = _objections.SingleOrDefault(o => o.Id == objectionId)
            ?? throw new BusinessException(TalentReformErrorCodes.PublicityObjectionNotFound);
        if (application.Id != objection.ApplicationId)
        {
            throw new ArgumentException("The objection is about another application.", nameof(application));
        }

        objection.Resolve(resolution, note, userId, now);
        if (resolution == ObjectionResolution.Upheld && application.IsActive)
        {
            application.Fail(objection.ResolutionNote!, now);
        }

        LastModificationTime = now;
        return objection;
    }

    /// <summary>Refuses the hire of <paramref name="applicationId"/> unless the period ended on <paramref name="today"/> with none of its objections pending or upheld.</summary>
    public void EnsureHireAllowed(Guid applicationId, DateOnly today)
    {
        EnsurePublished();
        var entry = EntryOf(applicationId);
        if (!HasEnded(today))
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityNotEnded, entry.CandidateName, EndsOn!.Value);
        }

        var objections = _objections.Where(o => o.ApplicationId == applicationId).ToList();
        if (objections.Any(o => o.Resolution == ObjectionResolution.Upheld))
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityObjectionUpheld, entry.CandidateName);
        }

        if (objections.Any(o => o.Resolution == ObjectionResolution.Pending))
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityObjectionPending, entry.CandidateName);
        }
    }

    private PublicityEntry EntryOf(Guid applicationId) =>
        _entries.SingleOrDefault(e => e.ApplicationId == applicationId)
        ?? throw new BusinessException(TalentReformErrorCodes.PublicityApplicationNotListed);

    private void EnsureReady(RecruitmentCampaign campaign, Application application)
    {
        if (campaign.Id != CampaignId || application.CampaignId != CampaignId)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityApplicationNotReady, application.CandidateName, LocalizedEnum.Of(application.Stage));
        }

        var position = campaign.GetPosition(application.PositionId);
        if (!application.IsActive || ApplicationStages.Next(application.Stage, position.Method, position.CheckOrder) != RecruitmentStage.Publicity)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityApplicationNotReady, application.CandidateName, LocalizedEnum.Of(application.Stage));
        }
    }

    private void EnsureDraft()
    {
        if (Status != RecruitmentPublicityStatus.Draft)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityNotDraft, Title);
        }
    }

    private void EnsurePublished()
    {
        if (Status != RecruitmentPublicityStatus.Published)
        {
            throw new BusinessException(TalentReformErrorCodes.PublicityNotPublished, Title);
        }
    }
}
