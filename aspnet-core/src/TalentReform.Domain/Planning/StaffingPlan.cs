using System.Text.Json;
using TalentReform.Entities;
using TalentReform.Localization;
using TalentReform.Planning.Approval;
using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;

namespace TalentReform.Planning;

/// <summary>
/// 定岗定编方案 / 机构改革方案: a titled, reasoned (请示) list of typed changes with an effective date, drafted by
/// HR, approved step by step, and applied all at once. Its impact report and the versions it was based on are
/// stored at submission. It is the approval engine's first kind of document: its steps and decisions live in its
/// <see cref="ApprovalProcess"/>, and the engine tells it the outcome.
/// </summary>
public class StaffingPlan : AggregateRoot, IMultiZone, IHasCreationTime, IApprovableDocument
{
    /// <summary>The plans' kind of document for the approval engine (their routes, inbox and statistics).</summary>
    public const string Kind = "StaffingPlan";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly List<PlanChange> _changes = [];

    public Guid? ZoneId { get; private set; }

    /// <summary>文号-like number, unique in the zone: year and serial (2026-003).</summary>
    public string Number { get; private set; } = null!;

    public string Title { get; private set; } = null!;
    public string Rationale { get; private set; } = null!;
    public DateOnly EffectiveDate { get; private set; }
    public StaffingPlanStatus Status { get; private set; }
    public Guid CreatorId { get; private set; }
    public string CreatorName { get; private set; } = null!;
    public DateTimeOffset CreationTime { get; private set; }
    public DateTimeOffset LastModificationTime { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateTimeOffset? AppliedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>The impact report as it was at the last submission (JSON).</summary>
    public string? ImpactReportJson { get; private set; }

    /// <summary>
    /// Per change, the names it referred to as they were at its point in the plan, at the last submission (JSON):
    /// a submitted plan is a record and reads as submitted, whatever the units are called today.
    /// </summary>
    public string? ChangeNamesJson { get; private set; }

    /// <summary>The versions of what the changes touched, at the last submission (JSON).</summary>
    public string? BaseVersionsJson { get; private set; }

    /// <summary>Why the last apply failed (error code and arguments, JSON); cleared by a successful apply.</summary>
    public string? ApplyFailureJson { get; private set; }

    /// <summary>The plan's approval (steps, decisions), from its first submission on.</summary>
    public Guid? ApprovalProcessId { get; private set; }

    public ApprovalProcess? Approval { get; private set; }

    public IReadOnlyList<PlanChange> Changes => _changes.OrderBy(c => c.Sequence).ToList();
    public IReadOnlyList<ApprovalStep> Steps => Approval?.Steps ?? [];
    public IReadOnlyList<ApprovalDecision> Decisions => Approval?.Decisions ?? [];

    /// <summary>Which submission (0 while never submitted).</summary>
    public int Round => Approval?.Round ?? 0;

    public string? RouteName => Approval?.RouteName;

    string IApprovableDocument.ApprovalKind => Kind;

    Guid IApprovableDocument.DrafterId => CreatorId;

    protected StaffingPlan()
    {
    }

    public StaffingPlan(Guid id, Guid zoneId, string number, string title, string rationale, DateOnly effectiveDate, Guid creatorId, string creatorName, DateTimeOffset now)
        : base(id)
    {
        ZoneId = zoneId;
        Number = number;
        CreatorId = creatorId;
        CreatorName = creatorName;
        CreationTime = now;
        Status = StaffingPlanStatus.Draft;
        SetDetails(title, rationale, effectiveDate);
        LastModificationTime = now;
    }

    public bool IsEditable => Status is StaffingPlanStatus.Draft or StaffingPlanStatus.Returned;

    public IReadOnlyList<PlanChangeSpec> ChangeSpecs => Changes.Select(c => c.Spec).ToList();

    public PlanImpactReport? StoredImpact => ImpactReportJson is null ? null : JsonSerializer.Deserialize<PlanImpactReport>(ImpactReportJson, Json);

    /// <summary>The names stored at the last submission, one entry per change in order; null when not stored (older plans).</summary>
    public IReadOnlyList<PlanChangeNames>? StoredChangeNames =>
        ChangeNamesJson is null ? null : JsonSerializer.Deserialize<List<PlanChangeNames>>(ChangeNamesJson, Json);

    public IReadOnlyList<BaseVersion> BaseVersions =>
        BaseVersionsJson is null ? [] : JsonSerializer.Deserialize<List<BaseVersion>>(BaseVersionsJson, Json) ?? [];

    public ApplyFailure? LastApplyFailure => ApplyFailureJson is null ? null : JsonSerializer.Deserialize<ApplyFailure>(ApplyFailureJson, Json);

    public IEnumerable<ApprovalStep> CurrentSteps => Approval?.CurrentSteps ?? [];

    public void Edit(string title, string rationale, DateOnly effectiveDate, DateTimeOffset now)
    {
        BeginEdit(now);
        SetDetails(title, rationale, effectiveDate);
    }

    public PlanChange AddChange(PlanChangeSpec spec, DateTimeOffset now)
    {
        BeginEdit(now);
        if (_changes.Count >= StaffingPlanConsts.MaxChanges)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanTooManyChanges, StaffingPlanConsts.MaxChanges);
        }

        var change = new PlanChange(Guid.NewGuid(), Id, _changes.Count + 1, spec);
        _changes.Add(change);
        return change;
    }

    public void ReplaceChange(Guid changeId, PlanChangeSpec spec, DateTimeOffset now)
    {
        BeginEdit(now);
        GetChange(changeId).Replace(spec);
    }

    public void RemoveChange(Guid changeId, DateTimeOffset now)
    {
        BeginEdit(now);
        _changes.Remove(GetChange(changeId));
        Renumber(Changes);
    }

    /// <summary>Moves a change to <paramref name="sequence"/> (1-based); the others keep their relative order.</summary>
    public void MoveChange(Guid changeId, int sequence, DateTimeOffset now)
    {
        BeginEdit(now);
        var change = GetChange(changeId);
        var ordered = Changes.Where(c => c != change).ToList();
        ordered.Insert(Math.Clamp(sequence, 1, ordered.Count + 1) - 1, change);
        Renumber(ordered);
    }

    public PlanChange GetChange(Guid changeId) =>
        _changes.FirstOrDefault(c => c.Id == changeId) ?? throw new BusinessException(TalentReformErrorCodes.PlanChangeNotFound, changeId);

    /// <summary>
    /// Marks the plan submitted with its impact as of now, before the approval engine starts the round. Refused
    /// unless a draft or returned, without changes, or when the result newly breaks a hard rule (the first is named).
    /// </summary>
    public void Submit(PlanImpactResult impact, DateTimeOffset now)
    {
        EnsureStatus(TalentReformErrorCodes.PlanStatusInvalid, "PlanAction:Submit", StaffingPlanStatus.Draft, StaffingPlanStatus.Returned);
        if (_changes.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanHasNoChanges);
        }

        var blocking = impact.Report.BlockingViolations;
        if (blocking.Count > 0)
        {
            var first = blocking[0];
            throw new BusinessException(TalentReformErrorCodes.PlanBreaksHardRules, blocking.Count, PlanViolationText.Of(first));
        }

        Status = StaffingPlanStatus.Submitted;
        SubmittedAt = now;
        DecidedAt = null;
        ImpactReportJson = JsonSerializer.Serialize(impact.Report, Json);
        BaseVersionsJson = JsonSerializer.Serialize(impact.BaseVersions, Json);
        ChangeNamesJson = impact.ChangeNames.Count == _changes.Count ? JsonSerializer.Serialize(impact.ChangeNames, Json) : null;
        ApplyFailureJson = null;
        Touch(now);
    }

    void IApprovableDocument.AttachApproval(ApprovalProcess process)
    {
        Approval = process;
        ApprovalProcessId = process.Id;
    }

    /// <summary>
    /// The engine's word on the plan: approved, rejected, or returned for revision. Every decision also changes the
    /// plan row, so the plan lists show it as just worked on.
    /// </summary>
    void IApprovableDocument.OnApprovalDecision(ApprovalOutcome outcome, DateTimeOffset now)
    {
        Touch(now);
        if (ApprovalEnd.StatusFor(outcome, StaffingPlanStatus.Approved, StaffingPlanStatus.Rejected, StaffingPlanStatus.Returned) is { } status)
        {
            Status = status;
            DecidedAt = now;
        }
    }

    public void Withdraw(DateTimeOffset now)
    {
        EnsureStatus(
            TalentReformErrorCodes.PlanStatusInvalid, "PlanAction:Withdraw",
            StaffingPlanStatus.Draft, StaffingPlanStatus.Returned, StaffingPlanStatus.Submitted, StaffingPlanStatus.Approved);
        Approval?.Cancel();
        Status = StaffingPlanStatus.Withdrawn;
        WithdrawnAt = now;
        Touch(now);
    }

    public void EnsureCanApply(DateOnly today)
    {
        EnsureStatus(TalentReformErrorCodes.PlanStatusInvalid, "PlanAction:Apply", StaffingPlanStatus.Approved);
        if (EffectiveDate > today)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanNotYetEffective, EffectiveDate);
        }
    }

    public void MarkApplied(DateTimeOffset now)
    {
        Status = StaffingPlanStatus.Applied;
        AppliedAt = now;
        ApplyFailureJson = null;
        Touch(now);
    }

    /// <summary>Keeps the reason a (scheduled) apply was refused; the plan stays approved.</summary>
    public void RecordApplyFailure(BusinessException error, DateTimeOffset now)
    {
        ApplyFailureJson = JsonSerializer.Serialize(new ApplyFailure(error.Code, error.Args.Select(a => a?.ToString() ?? "").ToList(), now), Json);
        Touch(now);
    }

    private void BeginEdit(DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanNotEditable, LocalizedEnum.Of(Status));
        }

        Status = StaffingPlanStatus.Draft;
        Touch(now);
    }

    private void SetDetails(string title, string rationale, DateOnly effectiveDate)
    {
        Title = Check.NotNullOrWhiteSpace(title, nameof(title)).Trim();
        Rationale = rationale?.Trim() ?? "";
        EffectiveDate = effectiveDate;
    }

    private void EnsureStatus(string code, string actionKey, params StaffingPlanStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new BusinessException(code, LocalizedEnum.Of(Status), new LocalizedText(actionKey));
        }
    }

    private void Touch(DateTimeOffset now) => LastModificationTime = now;

    private static void Renumber(IReadOnlyList<PlanChange> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
    }
}
