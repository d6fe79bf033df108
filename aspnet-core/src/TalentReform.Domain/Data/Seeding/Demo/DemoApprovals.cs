using TalentReform.Identity;
using TalentReform.Planning;
using TalentReform.Planning.Approval;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Takes a demo document through its zone's default route at historical times, as the approval engine would have then:
/// the process opened, each step started with its approvers and its working-day due time, and approved by the given
/// decider on the next working day. The engine itself stamps the present, which would date a past approval today.
/// </summary>
public class DemoApprovals(IRepository<ApprovalRoute> routes, IRepository<ApprovalProcess> processes, WorkingDayCalendar calendar, IAsyncQueryableExecuter executer)
{
    /// <param name="deciders">One per step of the route, in order.</param>
    /// <returns>When the last step was approved.</returns>
    public async Task<DateTimeOffset> ApproveAsync(
        IApprovableDocument document, Guid zoneId, Guid submitterId, DateTimeOffset submittedAt, IReadOnlyList<AppUser> deciders,
        CancellationToken cancellationToken = default)
    {
        var kind = document.ApprovalKind;
        var route = await executer.FirstOrDefaultAsync(
                        routes.GetQueryable().Where(r => r.ZoneId == zoneId && r.DocumentKind == kind && r.IsDefault), cancellationToken)
                    ?? throw new BusinessException(TalentReformErrorCodes.ApprovalRouteNotConfigured);
        var process = new ApprovalProcess(Guid.NewGuid(), document);
        await processes.InsertAsync(process, cancellationToken);
        document.AttachApproval(process);
        var step = process.Submit(document, route.Name, route.Steps, submitterId);
        var at = submittedAt;
        foreach (var user in deciders)
        {
            process.StartStep(step, step.AssigneeUsers, await calendar.AddWorkingDaysAsync(at, step.TimeLimitWorkingDays, cancellationToken), at);
            var day = WorkingDayCalendar.ChinaDate(await calendar.AddWorkingDaysAsync(at, 1, cancellationToken));
            at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), WorkCalendarConsts.ChinaOffset);
            var (_, next) = process.Decide(document, step.Id, user.Id, user.Name, ApprovalDecisionKind.Approve, "同意。", at);
            if (next is null)
            {
                break;
            }

            step = next;
        }

        return at;
    }
}
