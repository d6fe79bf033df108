using TalentReform.Entities;

namespace TalentReform.Planning.Approval;

/// <summary>One approver's decision on a step (a counter-signed step has one per approver): the document's timeline.</summary>
public class ApprovalDecision : Entity
{
    public Guid ProcessId { get; private set; }
    public Guid StepId { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = null!;
    public ApprovalDecisionKind Kind { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>Decided no later than the step's due time.</summary>
    public bool OnTime { get; private set; }

    protected ApprovalDecision()
    {
    }

    internal ApprovalDecision(Guid id, ApprovalStep step, Guid userId, string userName, ApprovalDecisionKind kind, string? comment, DateTimeOffset decidedAt)
        : base(id)
    {
        ProcessId = step.ProcessId;
        StepId = step.Id;
        UserId = userId;
        UserName = userName;
        Kind = kind;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        DecidedAt = decidedAt;
        OnTime = step.DueAt is not { } due || decidedAt <= due;
    }
}
