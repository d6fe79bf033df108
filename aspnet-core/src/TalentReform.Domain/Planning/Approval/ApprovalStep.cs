using TalentReform.Entities;

namespace TalentReform.Planning.Approval;

/// <summary>
/// One step of a document's approval (<see cref="ApprovalProcess"/>), copied from the zone's route at submission
/// (a later route edit does not change a running approval). Its approvers are fixed when it starts, and its due time is the start
/// plus its 承诺时限 in working days on the national calendar.
/// </summary>
public class ApprovalStep : Entity
{
    public Guid ProcessId { get; private set; }

    /// <summary>Which submission of the document (1, then 2 after a return for revision, ...).</summary>
    public int Round { get; private set; }

    public int Sequence { get; private set; }
    public string NameZh { get; private set; } = null!;
    public string NameEn { get; private set; } = null!;
    public ApprovalAssigneeKind AssigneeKind { get; private set; }
    public string? AssigneeRole { get; private set; }

    /// <summary>The named users of the route step (comma-separated ids); for a role step, empty.</summary>
    public string AssigneeUserIds { get; private set; } = "";

    public bool CounterSign { get; private set; }
    public int TimeLimitWorkingDays { get; private set; }
    public string? EscalationRole { get; private set; }
    public ApprovalStepStatus Status { get; private set; }

    /// <summary>Who may decide, fixed when the step starts (comma-separated user ids).</summary>
    public string ApproverUserIds { get; private set; } = "";

    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the overdue job first found it past due and notified (once).</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; private set; }

    public IReadOnlyList<Guid> Approvers => ParseIds(ApproverUserIds);

    public IReadOnlyList<Guid> AssigneeUsers => ParseIds(AssigneeUserIds);

    protected ApprovalStep()
    {
    }

    internal ApprovalStep(Guid id, Guid processId, int round, ApprovalRouteStep routeStep)
        : base(id)
    {
        ProcessId = processId;
        Round = round;
        Sequence = routeStep.Sequence;
        NameZh = routeStep.NameZh;
        NameEn = routeStep.NameEn;
        AssigneeKind = routeStep.AssigneeKind;
        AssigneeRole = routeStep.RoleName;
        AssigneeUserIds = routeStep.UserIds;
        CounterSign = routeStep.CounterSign;
        TimeLimitWorkingDays = routeStep.TimeLimitWorkingDays;
        EscalationRole = routeStep.EscalationRole;
        Status = ApprovalStepStatus.Waiting;
    }

    /// <summary>Completed no later than due (承诺时限 kept); null while open.</summary>
    public bool? IsOnTime => CompletedAt is { } done && DueAt is { } due ? done <= due : null;

    public bool IsOverdueAt(DateTimeOffset now) => Status == ApprovalStepStatus.Pending && DueAt is { } due && now > due;

    /// <summary>
    /// Starts the step with the candidates that are independent of the document: its drafter and submitter are
    /// left out, and a step that nobody else could decide is refused (422) rather than left to them.
    /// </summary>
    internal void Start(DateTimeOffset now, DateTimeOffset dueAt, IReadOnlyCollection<Guid> candidates, ApprovalParties parties)
    {
        var approvers = candidates.Distinct().Where(c => !parties.Includes(c)).ToList();
        if (approvers.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.ApprovalStepNoIndependentApprover, Sequence, NameZh);
        }

        Status = ApprovalStepStatus.Pending;
        StartedAt = now;
        DueAt = dueAt;
        ApproverUserIds = string.Join(',', approvers);
    }

    /// <summary>
    /// The drafter or submitter may never decide (422, saying why) — checked before the assignment, so that a
    /// step started before this rule existed, or an approver who drafted a later revision, is refused as well.
    /// Anyone else must be one of the step's approvers (403).
    /// </summary>
    internal void EnsureMayDecide(Guid userId, ApprovalParties parties)
    {
        if (parties.Includes(userId))
        {
            throw new BusinessException(TalentReformErrorCodes.ApprovalByDrafterOrSubmitter, NameZh);
        }

        if (!Approvers.Contains(userId))
        {
            throw BusinessException.Forbidden(TalentReformErrorCodes.ApprovalNotAssignee, NameZh);
        }
    }

    /// <summary>Whether <paramref name="userId"/> may decide the step now (for inboxes: no refused offers).</summary>
    public bool IsActionableBy(Guid userId, ApprovalParties parties) =>
        Status == ApprovalStepStatus.Pending && !parties.Includes(userId) && Approvers.Contains(userId);

    internal void Complete(ApprovalStepStatus status, DateTimeOffset now)
    {
        Status = status;
        CompletedAt = now;
    }

    internal void Cancel() => Status = ApprovalStepStatus.Cancelled;

    internal void MarkOverdueNotified(DateTimeOffset now) => OverdueNotifiedAt = now;

    private static IReadOnlyList<Guid> ParseIds(string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}
