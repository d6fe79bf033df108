using TalentReform.Identity;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;
using TalentReform.Staffing;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Seeds a demo zone's approval route and staffing-plan history, run through the real plan pipeline (impact,
/// submission, working-day due times, decisions, apply) with historical timestamps:
/// <list type="bullet">
/// <item>an applied 大部门制 plan (2025-07-01) that merged a fourth-layer 工作组 into its 科室: layers 4 → 3;</item>
/// <item>a rejected plan (2025-09), a plan returned for revision (2026-03), and a plan pending at the second step
/// since 2026-11-18 and by now overdue;</item>
/// <item>decisions some on time and some late, so the 按时办结率 is computed from real records.</item>
/// </list>
/// Skipped when the zone already has plans.
/// </summary>
public class DemoPlanSeeder(
    IRepository<StaffingPlan> plans,
    IRepository<ApprovalRoute> routes,
    IRepository<AppUser> users,
    IRepository<OrgUnit> units,
    IRepository<OrgUnitVersion> versions,
    IRepository<Post> posts,
    PlanImpactCalculator impact,
    PlanApplier applier,
    ApprovalNotifier notifier,
    WorkingDayCalendar calendar,
    IAsyncQueryableExecuter executer)
{
    private static readonly TimeSpan China = WorkCalendarConsts.ChinaOffset;

    // For the nested flow (a primary constructor's parameters are not visible to nested types).
    private IRepository<StaffingPlan> Plans => plans;
    private PlanImpactCalculator Impact => impact;
    private PlanApplier Applier => applier;
    private ApprovalNotifier Notifier => notifier;
    private WorkingDayCalendar Calendar => calendar;

    public async Task SeedAsync(DemoZone zone, CancellationToken cancellationToken = default)
    {
        if (await plans.AnyAsync(p => p.ZoneId == zone.Id, cancellationToken))
        {
            return;
        }

        var ids = new DemoIds(zone.Id);
        var people = await UsersAsync(zone, cancellationToken);
        var route = await EnsureRouteAsync(zone, ids, people, cancellationToken);
        var zoneIndex = DemoZones.All.ToList().IndexOf(zone);

        // The fourth layer the 2025 reform removed: a 工作组 under the 人才政策科, with one duty and one post.
        var section = await units.GetAsync(ids.For("unit", "talent-policy"), cancellationToken);
        var group = await SeedGroupAsync(zone, ids, section, cancellationToken);

        var flow = new PlanFlow(this, zone, route, people);
        await flow.RunAsync(
            ids.For("plan", "reform-2025"), "2025-001", "大部门制改革：撤并内设机构下设工作组", new DateOnly(2025, 7, 1),
            "为落实“高效、扁平、精简”的改革要求，撤销人才政策科下设的人才政策兑现工作组，其职责、岗位和编制并入人才政策科，管理层级由四级压减为三级。",
            [new MergeUnitsChange([group.Id], section.Id)],
            At(2025, 6, 3, 9), [(people.Reviewer, 1 + zoneIndex, 15), (people.Leader, 3, 10), (people.Leader, 2, 16), (people.Director, 4, 11)], null, apply: true,
            cancellationToken);

        var bureau = await units.GetAsync(ids.For("unit", "talent"), cancellationToken);
        await flow.RunAsync(
            ids.For("plan", "fintech-2025"), "2025-002", "增设科技金融服务科", new DateOnly(2025, 11, 1),
            "拟在人才发展局下增设科技金融服务科，承担科技型企业融资对接服务。",
            [new CreateUnitChange(ids.For("unit", "fintech"), bureau.Id, OrgUnitKind.Section, "科技金融服务科", "Tech Finance Service Section",
                [new FunctionClause(ids.For("function", "fintech/1"), "承担科技型企业融资对接和金融服务")])],
            At(2025, 9, 15, 10), [(people.Reviewer, 2, 9), (people.Leader, 4 + zoneIndex, 17)], (ApprovalDecisionKind.Reject, "与招商服务职能重叠，且未说明编制来源，不予设立。"),
            apply: false, cancellationToken);

        var office = await units.GetAsync(ids.For("unit", "office"), cancellationToken);
        await flow.RunAsync(
            ids.For("plan", "office-2026"), "2026-001", "综合办公室职能调整", new DateOnly(2026, 4, 1),
            "综合办公室增加政务数据共享职责，以支撑人才政策免申即享的数据比对。",
            [new SetFunctionsChange(office.Id, [.. office.Functions.Select(f => new FunctionClause(f.Id, f.Text)), new FunctionClause(ids.For("function", "office/data"), "负责政务数据归集和共享交换")])],
            At(2026, 3, 2, 9), [(people.Reviewer, 5 - zoneIndex, 14)], (ApprovalDecisionKind.Return, "请补充新增职责对应的岗位设置，避免出现无岗承接的职能。"),
            apply: false, cancellationToken);

        var recognition = section; // the 人才政策科 takes the new post
        await flow.RunAsync(
            ids.For("plan", "post-2026"), "2026-002", "设置人才服务专员岗位", new DateOnly(2027, 1, 1),
            "为做好人才落户、住房和子女入学等服务保障，在人才政策科增设人才服务专员岗位一个。",
            [new CreatePostChange(
                ids.For("post", "talent-service"), recognition.Id, $"{zone.Code.ToUpperInvariant()[..2]}-SVC-001", "人才服务专员", "Talent service officer",
                PostCategory.Management, 9, StaffingType.Administrative, LeadershipRole.None, [recognition.Functions.First().Id])],
            At(2026, 11, 16, 10), [(people.Reviewer, 2, 11)], null, apply: false, cancellationToken);
    }

    private async Task<OrgUnit> SeedGroupAsync(DemoZone zone, DemoIds ids, OrgUnit section, CancellationToken cancellationToken)
    {
        var from = new DateOnly(2023, 3, 1);
        var group = new OrgUnit(
            ids.For("unit", "talent-policy-group"), zone.Id, section, OrgUnitCodes.Create(section.Code, 1), OrgUnitKind.Section, "人才政策兑现工作组",
            "Talent Policy Delivery Group", from, At(2023, 2, 20, 9));
        group.SetApproval("编办〔2023〕3号", from);
        var duty = group.AddFunction("负责人才政策待遇兑现的受理、审核和发放");
        await units.InsertAsync(group, cancellationToken);
        await versions.InsertAsync(new OrgUnitVersion(ids.For("version", "talent-policy-group"), group, from), cancellationToken);
        var post = new Post(
            ids.For("post", "talent-policy-group/0"), zone.Id, group.Id, $"{zone.Code.ToUpperInvariant()[..2]}-GRP-001", "兑现专员", "Delivery officer",
            PostCategory.Management, 9, StaffingType.Administrative, LeadershipRole.None, 1m);
        post.SetDutyClauses([duty.Id]);
        await posts.InsertAsync(post, cancellationToken);
        await units.SaveChangesAsync(cancellationToken);
        return group;
    }

    private async Task<ApprovalRoute> EnsureRouteAsync(DemoZone zone, DemoIds ids, DemoApprovers people, CancellationToken cancellationToken)
    {
        var route = await executer.FirstOrDefaultAsync(routes.GetQueryable().Where(r => r.ZoneId == zone.Id && r.DocumentKind == StaffingPlan.Kind && r.IsDefault), cancellationToken);
        if (route is not null)
        {
            return route;
        }

        route = new ApprovalRoute(ids.For("route", "default"), zone.Id, StaffingPlan.Kind, "定岗定编方案审批", true,
        [
            new("编办初审", "Staffing office review", ApprovalAssigneeKind.Users, null, [people.Reviewer.Id], false, 3, RoleNames.Leader),
            new("分管领导审核", "Deputy director review", ApprovalAssigneeKind.Users, null, [people.Leader.Id], false, 2, RoleNames.Leader),
            new("主任办公会审议", "Director's meeting", ApprovalAssigneeKind.Users, null, [people.Leader.Id, people.Director.Id], true, 5, null),
        ]);
        await routes.InsertAsync(route, cancellationToken);
        await routes.SaveChangesAsync(cancellationToken);
        return route;
    }

    private async Task<DemoApprovers> UsersAsync(DemoZone zone, CancellationToken cancellationToken)
    {
        var names = new[] { zone.HrUserName, zone.ReviewerUserName, zone.LeaderUserName, zone.DirectorUserName };
        var found = await executer.ToListAsync(users.GetQueryable().Where(u => names.Contains(u.UserName!)), cancellationToken);
        AppUser Get(string userName) => found.Single(u => u.UserName == userName);
        return new DemoApprovers(Get(zone.HrUserName), Get(zone.ReviewerUserName), Get(zone.LeaderUserName), Get(zone.DirectorUserName));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, China);

    private sealed record DemoApprovers(AppUser Hr, AppUser Reviewer, AppUser Leader, AppUser Director);

    /// <summary>Drafts, submits and decides one plan along the route at the given (historical) times.</summary>
    private sealed class PlanFlow(DemoPlanSeeder seeder, DemoZone zone, ApprovalRoute route, DemoApprovers people)
    {
        /// <param name="decisions">In order: who decides, after how many working days from the step's start, at what hour.</param>
        /// <param name="last">How the last listed decision decides (default approve).</param>
        public async Task RunAsync(
            Guid id, string number, string title, DateOnly effective, string rationale, IReadOnlyList<PlanChangeSpec> changes, DateTimeOffset submitted,
            IReadOnlyList<(AppUser User, int AfterWorkingDays, int Hour)> decisions, (ApprovalDecisionKind Kind, string Comment)? last, bool apply,
            CancellationToken cancellationToken)
        {
            var plan = new StaffingPlan(id, zone.Id, number, title, rationale, effective, people.Hr.Id, people.Hr.Name, submitted.AddDays(-3));
            foreach (var change in changes)
            {
                plan.AddChange(change, submitted.AddDays(-2));
            }

            var result = await seeder.Impact.CalculateAsync(zone.Id, effective, plan.ChangeSpecs, cancellationToken);
            plan.Submit(result, submitted);
            var approval = new ApprovalProcess(Guid.NewGuid(), plan);
            ((IApprovableDocument)plan).AttachApproval(approval);
            var step = approval.Submit(plan, route.Name, route.Steps, people.Hr.Id);
            await StartAsync(plan, step, submitted, cancellationToken);
            for (var i = 0; i < decisions.Count; i++)
            {
                var (user, after, hour) = decisions[i];
                var at = await DecisionTimeAsync(step!.StartedAt!.Value, after, hour, cancellationToken);
                var (kind, comment) = i == decisions.Count - 1 && last is { } l ? (l.Kind, l.Comment) : (ApprovalDecisionKind.Approve, (string?)"同意。");
                var (outcome, next) = approval.Decide(plan, step.Id, user.Id, user.Name, kind, comment, at);
                if (outcome == ApprovalOutcome.NextStepStarted)
                {
                    step = next;
                    await StartAsync(plan, step!, at, cancellationToken);
                }
            }

            await seeder.Plans.InsertAsync(plan, cancellationToken);
            await seeder.Plans.SaveChangesAsync(cancellationToken);
            if (apply)
            {
                await seeder.Applier.ApplyAsync(plan, cancellationToken);
                plan.MarkApplied(new DateTimeOffset(effective.ToDateTime(new TimeOnly(0, 30)), China));
                await seeder.Plans.SaveChangesAsync(cancellationToken);
            }
        }

        private async Task StartAsync(StaffingPlan plan, ApprovalStep step, DateTimeOffset at, CancellationToken cancellationToken)
        {
            var approvers = step.AssigneeUsers;
            var due = await seeder.Calendar.AddWorkingDaysAsync(at, step.TimeLimitWorkingDays, cancellationToken);
            plan.Approval!.StartStep(step, approvers, due, at);
            if (plan.Status == StaffingPlanStatus.Submitted)
            {
                await seeder.Notifier.NotifyAsync(
                    plan.Approval, step.Approvers, Notifications.NotificationKind.StepAssigned, [plan.Title, step.NameZh, ApprovalNotifier.FormatDue(due)], at, cancellationToken);
            }
        }

        /// <summary>The given working day after the start, at the hour (China time).</summary>
        private async Task<DateTimeOffset> DecisionTimeAsync(DateTimeOffset start, int workingDays, int hour, CancellationToken cancellationToken)
        {
            var day = WorkingDayCalendar.ChinaDate(await seeder.Calendar.AddWorkingDaysAsync(start, workingDays, cancellationToken));
            return new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), China);
        }
    }
}
