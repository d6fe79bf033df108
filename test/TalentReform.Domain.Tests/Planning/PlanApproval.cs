using TalentReform.Planning.Approval;
using TalentReform.Planning.Impact;

namespace TalentReform.Planning;

/// <summary>
/// What the approval engine does on submission, at a given time and without services: the plan checks and marks
/// itself submitted, then its process (opened at the first submission) starts a new round along the route.
/// </summary>
internal static class PlanApproval
{
    public static ApprovalStep Submit(StaffingPlan plan, PlanImpactResult impact, ApprovalRoute route, Guid submitterId, DateTimeOffset now)
    {
        plan.Submit(impact, now);
        IApprovableDocument document = plan;
        if (plan.Approval is null)
        {
            document.AttachApproval(new ApprovalProcess(Guid.NewGuid(), plan));
        }

        return plan.Approval!.Submit(plan, route.Name, route.Steps, submitterId);
    }
}
