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

        var decisions = plan.Decisions.Select(d => new ApprovalDecisionDto(d.Id, d.StepId, d.UserId, d.UserName, d.Kind, d.Comment, d.DecidedAt, d.OnTime)).ToList();
        var failure = plan.LastApplyFailure is { } f ? TalentReformResource.Get(f.Code, CultureInfo.CurrentUICulture, f.Args.Cast<object?>().ToArray()) : null;
        return new StaffingPlanDto(
            plan.Id, plan.Number, plan.Title, plan.Rationale, plan.EffectiveDate, plan.Status, plan.CreatorId, plan.CreatorName, plan.CreationTime,
            plan.LastModificationTime, plan.Round, plan.RouteName, plan.SubmittedAt, plan.DecidedAt, plan.AppliedAt, plan.WithdrawnAt, failure,
            plan.IsEditable, changes, steps, decisions, plan.ConcurrencyStamp);
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
        return new ApprovalStepDto(
            step.Id, step.Round, step.Sequence, step.NameZh, step.NameEn, step.AssigneeKind, step.AssigneeRole, step.CounterSign, step.TimeLimitWorkingDays,
            step.EscalationRole, step.Status, step.Approvers.Select(id => new UserRefDto(id, userNames.GetValueOrDefault(id) ?? id.ToString())).ToList(),
            step.StartedAt, step.DueAt, step.CompletedAt, step.IsOnTime, step.IsOverdueAt(now), remaining);
    }

    private static PlanChangeDto ToDto(PlanChange change, PlanNames names) =>
        new(change.Id, change.Sequence, change.Type, names.Describe(change.Spec), PlanChangeInputConverter.ToInput(change.Spec));
}
