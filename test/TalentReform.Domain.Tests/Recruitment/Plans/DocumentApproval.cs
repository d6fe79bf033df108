using TalentReform.Fakes;
using TalentReform.Planning;
using TalentReform.Planning.Approval;

namespace TalentReform.Recruitment;

/// <summary>What the approval engine does to a document, without services: a one-step route of its kind, one approver.</summary>
internal static class DocumentApproval
{
    public static readonly Guid Approver = Guid.NewGuid();

    /// <summary>Starts a round along a route of the document's kind, its one step pending with <see cref="Approver"/>.</summary>
    public static ApprovalProcess Submit(IApprovableDocument document, DateTimeOffset now)
    {
        var route = new ApprovalRoute(Guid.NewGuid(), DomainServices.ZoneId, document.ApprovalKind, "编办审核", true,
            [new("编办审核", "Review", ApprovalAssigneeKind.Users, null, [Approver], false, 3, null)]);
        if (document.Approval is null)
        {
            document.AttachApproval(new ApprovalProcess(Guid.NewGuid(), document));
        }

        var step = document.Approval!.Submit(document, route.Name, route.Steps, RecruitmentZone.Drafter);
        document.Approval.StartStep(step, [Approver], now.AddDays(5), now);
        return document.Approval;
    }

    public static ApprovalOutcome Decide(IApprovableDocument document, ApprovalDecisionKind kind, DateTimeOffset now)
    {
        var step = document.Approval!.CurrentSteps.Single(s => s.Status == ApprovalStepStatus.Pending);
        return document.Approval.Decide(document, step.Id, Approver, "编办", kind, kind == ApprovalDecisionKind.Approve ? null : "请修改", now).Outcome;
    }
}
