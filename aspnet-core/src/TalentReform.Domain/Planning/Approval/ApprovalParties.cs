namespace TalentReform.Planning.Approval;

/// <summary>
/// Who produced the document under approval: its drafter and (for the current round) its submitter. They
/// never decide any of its steps (不相容岗位分离), even when they hold the role or are named on the route: a
/// step's approvers leave them out when it starts, and a decision by them is refused.
/// </summary>
public sealed record ApprovalParties(Guid DrafterId, Guid? SubmitterId)
{
    public bool Includes(Guid userId) => userId == DrafterId || userId == SubmitterId;
}
