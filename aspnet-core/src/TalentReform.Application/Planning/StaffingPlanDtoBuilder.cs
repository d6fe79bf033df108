using System.Globalization;
using TalentReform.Data;
using TalentReform.Identity;
using TalentReform.Localization;
using TalentReform.Organization;
using TalentReform.Planning.Approval;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// Builds what the API returns for a plan: change descriptions with names (as submitted, once submitted), approvers by name, and each open
/// step's remaining working days on the national calendar.
/// </summary>
public class StaffingPlanDtoBuilder(
    IOrgUnitQueries orgUnits,
    IStaffingQueries staffing,
    IRepository<AppUser> users,
    IAsyncQueryableExecuter executer,
    WorkingDayCalendar calendar,
    TimeProvider clock)
{
    public async Task<StaffingPlanDto> BuildAsync(StaffingPlan plan, CancellationToken cancellationToken = default)
    {
        var names = await NamesAsync(plan, cancellationToken);
        var changes = plan.Changes.Select(c => ToDto(c, names(c))).ToList();
        var userNames = await UserNamesAsync(plan.Steps.SelectMany(s => s.Approvers), cancellationToken);
        var steps = new List<ApprovalStepDto>();
        foreach (var step in plan.Steps)
        {
            steps.Add(await ToDtoAsync(step, userNames, cancellationToken));
        }

        var failure = plan.LastApplyFailure is { } f ? TalentReformResource.Get(f.Code, CultureInfo.CurrentUICulture, f.Args.Cast<object?>().ToArray()) : null;
        return plan.ToDto(failure, changes, steps);
    }

    public async Task<PlanChangeDto> BuildChangeAsync(StaffingPlan plan, PlanChange change, CancellationToken cancellationToken = default) =>
        ToDto(change, (await NamesAsync(plan, cancellationToken))(change));

    public async Task<IReadOnlyList<PlanChangeDto>> BuildChangesAsync(StaffingPlan plan, CancellationToken cancellationToken = default)
    {
        var names = await NamesAsync(plan, cancellationToken);
        return plan.Changes.Select(c => ToDto(c, names(c))).ToList();
    }

    /// <summary>
    /// The names each change is described with: a plan in approval or decided is a record and reads with the names
    /// stored at its submission, each change with the names as they were at its point in the plan (so "rename B"
    /// after "merge A into B" still names B by its old name); a draft, or a plan returned for revision, reads live.
    /// </summary>
    private async Task<Func<PlanChange, PlanNames>> NamesAsync(StaffingPlan plan, CancellationToken cancellationToken)
    {
        if (!plan.IsEditable && plan.StoredChangeNames is { } stored && stored.Count == plan.Changes.Count)
        {
            return change => PlanNames.Stored(stored[change.Sequence - 1]);
        }

        var live = await PlanNames.LoadAsync(orgUnits, staffing, plan.ChangeSpecs, cancellationToken);
        return _ => live;
    }

    public Task<Dictionary<Guid, string>> UserNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken) =>
        users.NamesAsync(executer, ids, cancellationToken);

    /// <summary>Working days from today (China date) to the due date: 0 on the last day, negative once overdue.</summary>
    public Task<int> RemainingWorkingDaysAsync(DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        calendar.WorkingDaysBetweenAsync(WorkingDayCalendar.ChinaDate(clock.GetUtcNow()), WorkingDayCalendar.ChinaDate(dueAt), cancellationToken);

    private async Task<ApprovalStepDto> ToDtoAsync(ApprovalStep step, Dictionary<Guid, string> userNames, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        int? remaining = step.Status == ApprovalStepStatus.Pending && step.DueAt is { } due ? await RemainingWorkingDaysAsync(due, cancellationToken) : null;
        return step.ToDto(step.Approvers.ToUserRefs(userNames), step.IsOverdueAt(now), remaining);
    }

    private static PlanChangeDto ToDto(PlanChange change, PlanNames names) =>
        change.ToDto(names.Describe(change.Spec), PlanChangeInputConverter.ToInput(change.Spec));
}
