namespace TalentReform.Planning.Approval;

/// <summary>
/// A document the approval engine can take through a zone's route: a staffing plan today, a recruitment plan or a
/// pool loan next. The engine knows it only through this: which kind it is (routes are per kind), its zone, the
/// number and title the notices name it by, its drafter (who, with the submitter, never decides it: 不相容岗位分离),
/// and the process that records its steps and decisions. The document answers the outcome itself.
/// </summary>
public interface IApprovableDocument
{
    Guid Id { get; }

    Guid? ZoneId { get; }

    /// <summary>The kind of document, e.g. "StaffingPlan"; each kind has its own routes.</summary>
    string ApprovalKind { get; }

    string Number { get; }

    string Title { get; }

    Guid DrafterId { get; }

    /// <summary>The document's approval, from its first submission on; null before.</summary>
    ApprovalProcess? Approval { get; }

    /// <summary>Keeps the process the engine opened at the first submission.</summary>
    void AttachApproval(ApprovalProcess process);

    /// <summary>
    /// A decision was recorded on its approval, with what it did: the approval may have ended (<see cref="ApprovalOutcome.Approved"/>,
    /// <see cref="ApprovalOutcome.Rejected"/>, <see cref="ApprovalOutcome.Returned"/>) or gone on.
    /// </summary>
    void OnApprovalDecision(ApprovalOutcome outcome, DateTimeOffset now);
}
