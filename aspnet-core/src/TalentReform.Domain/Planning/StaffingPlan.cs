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
/// stored at submission. Every decision also changes the plan row, so two decisions racing on one step
/// conflict on the concurrency stamp and only one wins.
/// </summary>
public class StaffingPlan : AggregateRoot, IMultiZone, IHasCreationTime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly List<PlanChange> _changes = [];
    private readonly List<ApprovalStep> _steps = [];
    private readonly List<ApprovalDecision> _decisions = [];

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
    public int Round { get; private set; }
    public string? RouteName { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>Who submitted the current round; with the drafter, never an approver of it.</summary>
    public Guid? SubmitterId { get; private set; }
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

    public IReadOnlyList<PlanChange> Changes => _changes.OrderBy(c => c.Sequence).ToList();
    public IReadOnlyList<ApprovalStep> Steps => _steps.OrderBy(s => s.Round).ThenBy(s => s.Sequence).ToList();
    public IReadOnlyList<ApprovalDecision> Decisions => _decisions.OrderBy(d => d.DecidedAt).ToList();

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

    public IEnumerable<ApprovalStep> CurrentSteps => _steps.Where(s => s.Round == Round);

    /// <summary>The drafter and the submitter: they never decide this plan's steps (不相容岗位分离).</summary>
    public ApprovalParties Parties => new(CreatorId, SubmitterId);

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
    /// Sends the plan into approval along <paramref name="routeSteps"/>; the manager then starts the first
    /// step. Refused without changes, or when the result newly breaks a hard rule (the first is named).
    /// </summary>
    public ApprovalStep Submit(PlanImpactResult impact, string routeName, IReadOnlyList<ApprovalRouteStep> routeSteps, Guid submitterId, DateTimeOffset now)
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

        Round++;
        Status = StaffingPlanStatus.Submitted;
        SubmittedAt = now;
        SubmitterId = submitterId;
        DecidedAt = null;
        RouteName = routeName;
        ImpactReportJson = JsonSerializer.Serialize(impact.Report, Json);
        BaseVersionsJson = JsonSerializer.Serialize(impact.BaseVersions, Json);
        ChangeNamesJson = impact.ChangeNames.Count == _changes.Count ? JsonSerializer.Serialize(impact.ChangeNames, Json) : null;
        ApplyFailureJson = null;
        var steps = routeSteps.OrderBy(s => s.Sequence).Select(s => new ApprovalStep(Guid.NewGuid(), Id, Round, s)).ToList();
        _steps.AddRange(steps);
        Touch(now);
        return steps[0];
    }

    /// <summary>
    /// Starts a waiting step of the current round with its approvers and due time (computed by the manager); the
    /// drafter and submitter are left out of the approvers.
    /// </summary>
    public void StartStep(ApprovalStep step, IReadOnlyCollection<Guid> approvers, DateTimeOffset dueAt, DateTimeOffset now)
    {
        step.Start(now, dueAt, approvers, Parties);
        Touch(now);
    }

    public ApprovalStep GetStep(Guid stepId) =>
        _steps.FirstOrDefault(s => s.Id == stepId) ?? throw new EntityNotFoundException("Entity:ApprovalStep", stepId);

    /// <summary>
    /// Records <paramref name="userId"/>'s decision on a pending step of this plan. Approve completes the step
    /// (a counter-signed one once every approver has approved) and the plan when it was the last; reject ends
    /// the plan; return hands it back for revision. Reject and return need a comment.
    /// </summary>
    public (DecisionOutcome Outcome, ApprovalStep? Next) Decide(
        Guid stepId, Guid userId, string userName, ApprovalDecisionKind kind, string? comment, DateTimeOffset now)
    {
        var step = GetStep(stepId);
        if (Status != StaffingPlanStatus.Submitted || step.Status != ApprovalStepStatus.Pending)
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.ApprovalStepNotPending);
        }

        step.EnsureMayDecide(userId, Parties);

        if (_decisions.Any(d => d.StepId == step.Id && d.UserId == userId))
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.ApprovalAlreadyDecided, step.NameZh);
        }

        if (kind != ApprovalDecisionKind.Approve && string.IsNullOrWhiteSpace(comment))
        {
            throw new BusinessException(TalentReformErrorCodes.ApprovalCommentRequired);
        }

        _decisions.Add(new ApprovalDecision(Guid.NewGuid(), step, userId, userName, kind, comment, now));
        Touch(now);
        switch (kind)
        {
            case ApprovalDecisionKind.Reject:
                step.Complete(ApprovalStepStatus.Rejected, now);
                Finish(StaffingPlanStatus.Rejected, now);
                return (DecisionOutcome.PlanRejected, null);
            case ApprovalDecisionKind.Return:
                step.Complete(ApprovalStepStatus.Returned, now);
                Finish(StaffingPlanStatus.Returned, now);
                return (DecisionOutcome.PlanReturned, null);
        }

        // 会签 waits for every approver who may decide: a drafter listed on a step started before the
        // separation-of-duties rule cannot, so they do not hold the step open.
        if (step.CounterSign && step.Approvers.Any(a => !Parties.Includes(a) && !_decisions.Any(d => d.StepId == step.Id && d.UserId == a)))
        {
            return (DecisionOutcome.StepStillOpen, null);
        }

        step.Complete(ApprovalStepStatus.Approved, now);
        var next = CurrentSteps.Where(s => s.Status == ApprovalStepStatus.Waiting).OrderBy(s => s.Sequence).FirstOrDefault();
        if (next is not null)
        {
            return (DecisionOutcome.NextStepStarted, next);
        }

        Status = StaffingPlanStatus.Approved;
        DecidedAt = now;
        return (DecisionOutcome.PlanApproved, null);
    }

    public void Withdraw(DateTimeOffset now)
    {
        EnsureStatus(
            TalentReformErrorCodes.PlanStatusInvalid, "PlanAction:Withdraw",
            StaffingPlanStatus.Draft, StaffingPlanStatus.Returned, StaffingPlanStatus.Submitted, StaffingPlanStatus.Approved);
        CancelOpenSteps();
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

    private void Finish(StaffingPlanStatus status, DateTimeOffset now)
    {
        CancelOpenSteps();
        Status = status;
        DecidedAt = now;
    }

    private void CancelOpenSteps()
    {
        foreach (var open in _steps.Where(s => s.Status is ApprovalStepStatus.Waiting or ApprovalStepStatus.Pending))
        {
            open.Cancel();
        }
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
