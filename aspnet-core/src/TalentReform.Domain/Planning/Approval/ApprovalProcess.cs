using TalentReform.Entities;

namespace TalentReform.Planning.Approval;

/// <summary>
/// The approval of one document of any kind (<see cref="DocumentKind"/> + <see cref="DocumentId"/>): its rounds of
/// steps copied from the zone's route, the approvers' decisions, counter-signing (会签), due times and the separation
/// of duties (the drafter and the submitter never decide). Every decision changes this row, so two decisions racing
/// on one step conflict on the concurrency stamp and only one wins. The document is told the outcome through
/// <see cref="IApprovableDocument.OnApprovalDecision"/>.
/// </summary>
public class ApprovalProcess : AggregateRoot, IMultiZone
{
    private readonly List<ApprovalStep> _steps = [];
    private readonly List<ApprovalDecision> _decisions = [];

    public Guid? ZoneId { get; private set; }
    public string DocumentKind { get; private set; } = null!;
    public Guid DocumentId { get; private set; }

    /// <summary>The document's number and title as at the last submission, for inboxes, notices and statistics.</summary>
    public string DocumentNumber { get; private set; } = null!;

    public string DocumentTitle { get; private set; } = null!;
    public Guid DrafterId { get; private set; }

    /// <summary>Who submitted the current round; with the drafter, never an approver of it.</summary>
    public Guid? SubmitterId { get; private set; }

    /// <summary>Which submission (1, then 2 after a return for revision, ...).</summary>
    public int Round { get; private set; }

    public string? RouteName { get; private set; }
    public ApprovalProcessStatus Status { get; private set; }

    public IReadOnlyList<ApprovalStep> Steps => _steps.OrderBy(s => s.Round).ThenBy(s => s.Sequence).ToList();
    public IReadOnlyList<ApprovalDecision> Decisions => _decisions.OrderBy(d => d.DecidedAt).ToList();

    protected ApprovalProcess()
    {
    }

    public ApprovalProcess(Guid id, IApprovableDocument document)
        : base(id)
    {
        ZoneId = document.ZoneId;
        DocumentKind = Check.NotNullOrWhiteSpace(document.ApprovalKind, nameof(document.ApprovalKind));
        DocumentId = document.Id;
        DrafterId = document.DrafterId;
        DocumentNumber = document.Number;
        DocumentTitle = document.Title;
        Status = ApprovalProcessStatus.NotStarted;
    }

    public IEnumerable<ApprovalStep> CurrentSteps => _steps.Where(s => s.Round == Round);

    /// <summary>The drafter and the submitter: they never decide this document's steps (不相容岗位分离).</summary>
    public ApprovalParties Parties => new(DrafterId, SubmitterId);

    public bool IsRunning => Status == ApprovalProcessStatus.Running;

    /// <summary>
    /// Starts a new round along <paramref name="routeSteps"/> (copied: a later route edit does not change it) and
    /// returns its first step, for the engine to start. The document checks first whether it may be submitted.
    /// </summary>
    public ApprovalStep Submit(IApprovableDocument document, string routeName, IReadOnlyList<ApprovalRouteStep> routeSteps, Guid submitterId)
    {
        EnsureDocument(document);
        if (IsRunning)
        {
            throw BusinessException.Conflict(TalentReformErrorCodes.ApprovalAlreadyRunning, DocumentTitle);
        }

        if (routeSteps.Count == 0)
        {
            throw new BusinessException(TalentReformErrorCodes.ApprovalRouteEmpty);
        }

        Round++;
        Status = ApprovalProcessStatus.Running;
        SubmitterId = submitterId;
        RouteName = routeName;
        DocumentNumber = document.Number;
        DocumentTitle = document.Title;
        var steps = routeSteps.OrderBy(s => s.Sequence).Select(s => new ApprovalStep(Guid.NewGuid(), Id, Round, s)).ToList();
        _steps.AddRange(steps);
        return steps[0];
    }

    /// <summary>
    /// Starts a waiting step of the current round with its approvers and due time (computed by the engine); the
    /// drafter and submitter are left out of the approvers.
    /// </summary>
    public void StartStep(ApprovalStep step, IReadOnlyCollection<Guid> approvers, DateTimeOffset dueAt, DateTimeOffset now) =>
        step.Start(now, dueAt, approvers, Parties);

    public ApprovalStep GetStep(Guid stepId) =>
        _steps.FirstOrDefault(s => s.Id == stepId) ?? throw new EntityNotFoundException("Entity:ApprovalStep", stepId);

    /// <summary>
    /// Records <paramref name="userId"/>'s decision on a pending step. Approve completes the step (a counter-signed
    /// one once every approver has approved) and the approval when it was the last; reject ends it; return hands the
    /// document back for revision. Reject and return need a comment. The document hears of every decision.
    /// </summary>
    public (ApprovalOutcome Outcome, ApprovalStep? Next) Decide(
        IApprovableDocument document, Guid stepId, Guid userId, string userName, ApprovalDecisionKind kind, string? comment, DateTimeOffset now)
    {
        EnsureDocument(document);
        var step = GetStep(stepId);
        if (!IsRunning || step.Status != ApprovalStepStatus.Pending)
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
        switch (kind)
        {
            case ApprovalDecisionKind.Reject:
                step.Complete(ApprovalStepStatus.Rejected, now);
                return (Finish(document, ApprovalProcessStatus.Rejected, ApprovalOutcome.Rejected, now), null);
            case ApprovalDecisionKind.Return:
                step.Complete(ApprovalStepStatus.Returned, now);
                return (Finish(document, ApprovalProcessStatus.Returned, ApprovalOutcome.Returned, now), null);
        }

        // 会签 waits for every approver who may decide: a drafter listed on a step started before the
        // separation-of-duties rule cannot, so they do not hold the step open.
        if (step.CounterSign && step.Approvers.Any(a => !Parties.Includes(a) && !_decisions.Any(d => d.StepId == step.Id && d.UserId == a)))
        {
            document.OnApprovalDecision(ApprovalOutcome.StepStillOpen, now);
            return (ApprovalOutcome.StepStillOpen, null);
        }

        step.Complete(ApprovalStepStatus.Approved, now);
        var next = CurrentSteps.Where(s => s.Status == ApprovalStepStatus.Waiting).OrderBy(s => s.Sequence).FirstOrDefault();
        if (next is not null)
        {
            document.OnApprovalDecision(ApprovalOutcome.NextStepStarted, now);
            return (ApprovalOutcome.NextStepStarted, next);
        }

        return (Finish(document, ApprovalProcessStatus.Approved, ApprovalOutcome.Approved, now), null);
    }

    /// <summary>The document was withdrawn: its open steps are cancelled and count nowhere.</summary>
    public void Cancel()
    {
        CancelOpenSteps();
        if (IsRunning)
        {
            Status = ApprovalProcessStatus.Cancelled;
        }
    }

    private ApprovalOutcome Finish(IApprovableDocument document, ApprovalProcessStatus status, ApprovalOutcome outcome, DateTimeOffset now)
    {
        if (status != ApprovalProcessStatus.Approved)
        {
            CancelOpenSteps();
        }

        Status = status;
        document.OnApprovalDecision(outcome, now);
        return outcome;
    }

    private void CancelOpenSteps()
    {
        foreach (var open in _steps.Where(s => s.Status is ApprovalStepStatus.Waiting or ApprovalStepStatus.Pending))
        {
            open.Cancel();
        }
    }

    private void EnsureDocument(IApprovableDocument document)
    {
        if (document.Id != DocumentId || document.ApprovalKind != DocumentKind)
        {
            throw new ArgumentException($"The process {Id} approves {DocumentKind} {DocumentId}, not {document.ApprovalKind} {document.Id}.", nameof(document));
        }
    }
}
