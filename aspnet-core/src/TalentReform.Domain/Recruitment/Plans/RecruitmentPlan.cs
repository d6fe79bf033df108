using TalentReform.Entities;
using TalentReform.Localization;
using TalentReform.Planning.Approval;

namespace TalentReform.Recruitment;

/// <summary>
/// 招聘计划: a zone's yearly list of places to recruit, per unit, post (or post title) and staffing type. Edited only
/// as a draft; submitted only when every unit×type fits its 空编 (see <see cref="RecruitmentPlanCapacity"/>); approved
/// through the approval engine (a return puts it back to draft); then 备案 is recorded and it is closed at the end.
/// </summary>
public class RecruitmentPlan : AggregateRoot, IMultiZone, IHasCreationTime, IApprovableDocument
{
    /// <summary>The plans' kind of document for the approval engine (their routes, inbox and statistics).</summary>
    public const string Kind = "RecruitmentPlan";

    private readonly List<RecruitmentPlanLine> _lines = [];

    public Guid? ZoneId { get; private set; }
    public int Year { get; private set; }
    public string Number { get; private set; } = null!;
    public string Title { get; private set; } = null!;
    public RecruitmentPlanStatus Status { get; private set; }
    public Guid CreatorId { get; private set; }
    public string CreatorName { get; private set; } = null!;
    public DateTimeOffset CreationTime { get; private set; }
    public DateTimeOffset LastModificationTime { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>备案 number given by the authority the approved plan was filed with.</summary>
    public string? FilingNumber { get; private set; }

    public DateOnly? FiledOn { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? ApprovalProcessId { get; private set; }
    public ApprovalProcess? Approval { get; private set; }

    public IReadOnlyList<RecruitmentPlanLine> Lines => _lines.OrderBy(l => l.Sequence).ToList();

    public int TotalPlaces => _lines.Sum(l => l.Places);

    /// <summary>Its places count against the units' 空编 for other plans: submitted, approved or filed, not yet closed.</summary>
    public bool ReservesPlaces => Status is RecruitmentPlanStatus.Submitted or RecruitmentPlanStatus.Approved or RecruitmentPlanStatus.Filed;

    public bool IsEditable => Status == RecruitmentPlanStatus.Draft;

    string IApprovableDocument.ApprovalKind => Kind;

    Guid IApprovableDocument.DrafterId => CreatorId;

    protected RecruitmentPlan()
    {
    }

    public RecruitmentPlan(Guid id, Guid zoneId, int year, string number, string title, Guid creatorId, string creatorName, DateTimeOffset now)
        : base(id)
    {
        ZoneId = zoneId;
        Year = year;
        Number = Check.NotNullOrWhiteSpace(number, nameof(number)).Trim();
        Title = Check.NotNullOrWhiteSpace(title, nameof(title)).Trim();
        CreatorId = creatorId;
        CreatorName = creatorName;
        CreationTime = now;
        LastModificationTime = now;
        Status = RecruitmentPlanStatus.Draft;
    }

    public void Rename(string title, DateTimeOffset now)
    {
        BeginEdit(now);
        Title = Check.NotNullOrWhiteSpace(title, nameof(title)).Trim();
    }

    public RecruitmentPlanLine AddLine(RecruitmentPlanLineSpec spec, DateTimeOffset now)
    {
        BeginEdit(now);
        if (_lines.Count >= RecruitmentPlanConsts.MaxLines)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanTooManyLines, RecruitmentPlanConsts.MaxLines);
        }

        var line = new RecruitmentPlanLine(Guid.NewGuid(), Id, _lines.Count + 1, spec);
        _lines.Add(line);
        return line;
    }

    public void ReplaceLine(Guid lineId, RecruitmentPlanLineSpec spec, DateTimeOffset now)
    {
        BeginEdit(now);
        GetLine(lineId).Replace(spec);
    }

    public void RemoveLine(Guid lineId, DateTimeOffset now)
    {
        BeginEdit(now);
        _lines.Remove(GetLine(lineId));
        var ordered = Lines;
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
    }

    public RecruitmentPlanLine GetLine(Guid lineId) =>
        _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanLineNotFound, lineId);

    /// <summary>
    /// Marks the draft submitted, before the approval engine starts the round. Refused without lines, with a capacity
    /// report not made for these lines as they are now, or when a unit×type asks more than its free 空编 (the first is named).
    /// </summary>
    public void Submit(RecruitmentPlanCapacityReport capacity, DateTimeOffset now)
    {
        EnsureStatus("RecruitmentPlanAction:Submit", RecruitmentPlanStatus.Draft);
        if (_lines.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanHasNoLines);
        }

        if (!capacity.IsFor(this))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.RecruitmentPlanCapacityOutdated);
        }

        if (capacity.Exceeding.FirstOrDefault() is { } over)
        {
            throw new BusinessException(
                TalentReformErrorCodes.RecruitmentPlanOverVacancy, over.UnitName, LocalizedEnum.Of(over.StaffingType), over.AskedInPlan, over.Free,
                over.Quota, over.Occupied, over.ReservedByOtherPlans + over.PendingHires + over.OwedToPoolLoans);
        }

        Status = RecruitmentPlanStatus.Submitted;
        SubmittedAt = now;
        DecidedAt = null;
        Touch(now);
    }

    void IApprovableDocument.AttachApproval(ApprovalProcess process)
    {
        Approval = process;
        ApprovalProcessId = process.Id;
    }

    /// <summary>The engine's word: approved, rejected, or returned for revision (back to draft, editable again).</summary>
    void IApprovableDocument.OnApprovalDecision(ApprovalOutcome outcome, DateTimeOffset now)
    {
        Touch(now);
        if (ApprovalEnd.StatusFor(outcome, RecruitmentPlanStatus.Approved, RecruitmentPlanStatus.Rejected, RecruitmentPlanStatus.Draft) is { } status)
        {
            Status = status;
            DecidedAt = now;
        }
    }

    /// <summary>备案: the approved plan was filed (number and date); not before the approval.</summary>
    public void RecordFiling(string filingNumber, DateOnly filedOn, DateTimeOffset now)
    {
        EnsureStatus("RecruitmentPlanAction:File", RecruitmentPlanStatus.Approved);
        var approvedOn = DateOnly.FromDateTime(DecidedAt!.Value.DateTime);
        if (string.IsNullOrWhiteSpace(filingNumber) || filedOn < approvedOn)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanFilingInvalid, approvedOn);
        }

        FilingNumber = filingNumber.Trim();
        FiledOn = filedOn;
        Status = RecruitmentPlanStatus.Filed;
        Touch(now);
    }

    /// <summary>Closes an approved or filed plan: its unused places stop counting against the units' 空编.</summary>
    public void Close(DateTimeOffset now)
    {
        EnsureStatus("RecruitmentPlanAction:Close", RecruitmentPlanStatus.Approved, RecruitmentPlanStatus.Filed);
        Status = RecruitmentPlanStatus.Closed;
        ClosedAt = now;
        Touch(now);
    }

    private void BeginEdit(DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanNotEditable, LocalizedEnum.Of(Status));
        }

        Touch(now);
    }

    private void EnsureStatus(string actionKey, params RecruitmentPlanStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new BusinessException(TalentReformErrorCodes.RecruitmentPlanStatusInvalid, LocalizedEnum.Of(Status), new LocalizedText(actionKey));
        }
    }

    private void Touch(DateTimeOffset now) => LastModificationTime = now;
}
