using TalentReform.Data;
using TalentReform.Fakes;
using TalentReform.Notifications;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>
/// The approval engine serves any kind of document, not only staffing plans: a second kind, defined here in the
/// tests (a talent-pool loan, 人才池借调), runs through the same engine — its own route per kind, due times in
/// Chinese working days (国庆 holidays and the 10-10 调休 make-up day), counter-signing, separation of duties, the
/// overdue sweep with its kind filter, the notices naming the document by kind, and the on-time rate.
/// </summary>
public class ApprovalEngineGenericityTests
{
    private const string LoanKind = "TalentPoolLoan";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly Guid Drafter = Guid.NewGuid();
    private static readonly Guid Reviewer = Guid.NewGuid();
    private static readonly Guid Leader = Guid.NewGuid();
    private static readonly Guid Director = Guid.NewGuid();
    private static readonly Guid Supervisor = Guid.NewGuid();

    private readonly InMemoryRepository<ApprovalProcess> _processes = new();
    private readonly InMemoryRepository<ApprovalRoute> _routes = new();
    private readonly InMemoryRepository<Notification> _notifications = new();
    private readonly Clock _clock = new(new DateTimeOffset(2026, 9, 30, 10, 0, 0, China));

    [Fact]
    public async Task A_second_kind_of_document_goes_through_the_same_routes_deadlines_separation_of_duties_and_on_time_rate()
    {
        var engine = await EngineAsync();
        await _routes.InsertAsync(new ApprovalRoute(Guid.NewGuid(), SmallZone.ZoneId, StaffingPlan.Kind, "定岗定编方案审批", true,
            [new("编办初审", "Review", ApprovalAssigneeKind.Users, null, [Director], false, 1, null)]));
        await _routes.InsertAsync(new ApprovalRoute(Guid.NewGuid(), SmallZone.ZoneId, LoanKind, "人才借调审批", true,
        [
            new("人才办初审", "Talent office review", ApprovalAssigneeKind.Role, "reviewer", [], false, 2, null),
            new("领导会签", "Leaders counter-sign", ApprovalAssigneeKind.Users, null, [Leader, Director], true, 3, "supervisor"),
        ]));
        var loan = new TalentPoolLoan(Guid.NewGuid(), "借-2026-001", "借调张工至科技金融服务科");

        var route = await engine.GetDefaultRouteAsync(SmallZone.ZoneId, LoanKind);
        route.Name.ShouldBe("人才借调审批");
        var process = await engine.SubmitAsync(loan, route, Drafter);

        // The reviewer role includes the drafter, who is left out (不相容岗位分离); two working days after
        // 2026-09-30 skip the 国庆 holidays (10-01..07): due at the end of 10-09.
        var first = process.CurrentSteps.First();
        (process.DocumentKind, process.DocumentId, process.Round).ShouldBe((LoanKind, loan.Id, 1));
        first.Approvers.ShouldBe([Reviewer]);
        first.DueAt.ShouldBe(new DateTimeOffset(2026, 10, 9, 23, 59, 59, China));
        Notices(NotificationKind.StepAssigned).ShouldHaveSingleItem().UserId.ShouldBe(Reviewer);
        Notices(NotificationKind.StepAssigned).ShouldAllBe(n => n.DocumentKind == LoanKind && n.DocumentId == loan.Id && n.ArgumentList[0] == loan.Title);

        _clock.Now = new DateTimeOffset(2026, 10, 9, 10, 0, 0, China);
        (await Should.ThrowAsync<BusinessException>(() => engine.DecideAsync(loan, first.Id, Drafter, "起草人", ApprovalDecisionKind.Approve, null)))
            .Code.ShouldBe(TalentReformErrorCodes.ApprovalByDrafterOrSubmitter);
        (await engine.DecideAsync(loan, first.Id, Reviewer, "审核员", ApprovalDecisionKind.Approve, null)).ShouldBe(ApprovalOutcome.NextStepStarted);

        // Three working days from 10-09: 10-10 (a Saturday worked, 调休), 10-12, 10-13.
        var second = process.CurrentSteps.Single(s => s.Sequence == 2);
        second.DueAt.ShouldBe(new DateTimeOffset(2026, 10, 13, 23, 59, 59, China));
        loan.Decisions.ShouldBe([ApprovalOutcome.NextStepStarted]);

        // Overdue: the sweep finds it for its kind (and not under another kind's filter), once.
        _clock.Now = new DateTimeOffset(2026, 10, 14, 9, 0, 0, China);
        (await engine.NotifyOverdueStepsAsync(StaffingPlan.Kind)).ShouldBe(0);
        (await engine.NotifyOverdueStepsAsync(LoanKind)).ShouldBe(1);
        (await engine.NotifyOverdueStepsAsync()).ShouldBe(0);
        Notices(NotificationKind.StepOverdue).Select(n => n.UserId).ShouldBe([Leader, Director], ignoreOrder: true);
        Notices(NotificationKind.StepEscalated).ShouldHaveSingleItem().UserId.ShouldBe(Supervisor);

        (await engine.DecideAsync(loan, second.Id, Leader, "领导", ApprovalDecisionKind.Approve, null)).ShouldBe(ApprovalOutcome.StepStillOpen);
        loan.Status.ShouldBe("submitted");
        (await engine.DecideAsync(loan, second.Id, Director, "主任", ApprovalDecisionKind.Approve, null)).ShouldBe(ApprovalOutcome.Approved);

        loan.Status.ShouldBe("approved");
        Notices(NotificationKind.PlanApproved).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            n => n.UserId.ShouldBe(Drafter), n => n.DocumentKind.ShouldBe(LoanKind), n => n.DocumentId.ShouldBe(loan.Id));

        // 按时办结率 over the loan's approval: step 1 on time (10-09), step 2 late (10-14 > 10-13); per approver too.
        var start = new DateTimeOffset(2026, 10, 1, 0, 0, 0, China);
        var rate = ApprovalTimeliness.Compute(process.Steps, process.Decisions, start, start.AddMonths(1), _clock.Now);
        (rate.Total.Completed, rate.Total.OnTime, rate.Total.Late, rate.Total.OnTimeRate).ShouldBe((2, 1, 1, 0.5));
        rate.ByApprovers.Single(r => r.Key == Reviewer.ToString()).OnTimeRate.ShouldBe(1.0);
        rate.ByApprovers.Single(r => r.Key == Director.ToString()).OnTimeRate.ShouldBe(0.0);
        rate.BySteps.Select(r => r.NameZh).ShouldBe(["人才办初审", "领导会签"], ignoreOrder: true);
    }

    [Fact]
    public async Task Routes_are_per_kind_and_a_returned_document_is_resubmitted_as_a_new_round_of_the_same_process()
    {
        var engine = await EngineAsync();
        await _routes.InsertAsync(new ApprovalRoute(Guid.NewGuid(), SmallZone.ZoneId, StaffingPlan.Kind, "定岗定编方案审批", true,
            [new("编办初审", "Review", ApprovalAssigneeKind.Users, null, [Director], false, 1, null)]));
        (await Should.ThrowAsync<BusinessException>(() => engine.GetDefaultRouteAsync(SmallZone.ZoneId, LoanKind)))
            .Code.ShouldBe(TalentReformErrorCodes.ApprovalRouteNotConfigured);

        await _routes.InsertAsync(new ApprovalRoute(Guid.NewGuid(), SmallZone.ZoneId, LoanKind, "人才借调审批", true,
            [new("人才办初审", "Review", ApprovalAssigneeKind.Users, null, [Reviewer], false, 2, null)]));
        var loan = new TalentPoolLoan(Guid.NewGuid(), "借-2026-002", "借调李工");
        var route = await engine.GetDefaultRouteAsync(SmallZone.ZoneId, LoanKind);
        var process = await engine.SubmitAsync(loan, route, Drafter);
        (await Should.ThrowAsync<BusinessException>(() => engine.SubmitAsync(loan, route, Drafter))).Code.ShouldBe(TalentReformErrorCodes.ApprovalAlreadyRunning);

        var step = process.CurrentSteps.Single();
        (await engine.DecideAsync(loan, step.Id, Reviewer, "审核员", ApprovalDecisionKind.Return, "请补充借调期限")).ShouldBe(ApprovalOutcome.Returned);
        loan.Status.ShouldBe("returned");
        Notices(NotificationKind.PlanReturned).ShouldHaveSingleItem().ArgumentList.ShouldBe([loan.Title, "请补充借调期限"]);

        (await engine.SubmitAsync(loan, route, Drafter)).ShouldBeSameAs(process);
        (process.Round, process.Steps.Count, _processes.GetQueryable().Count()).ShouldBe((2, 2, 1));
    }

    private async Task<ApprovalEngine> EngineAsync()
    {
        var calendar = new WorkingDayCalendar(await InMemoryWorkCalendarYearRepository.SeededAsync());
        var directory = new Directory(new Dictionary<string, Guid[]> { ["reviewer"] = [Drafter, Reviewer], ["supervisor"] = [Supervisor] });
        return new ApprovalEngine(
            _processes, _routes, directory, new ApprovalNotifier(_notifications), calendar, new NoDataFilter(), new LinqQueryableExecuter(), _clock);
    }

    private List<Notification> Notices(NotificationKind kind) => _notifications.GetQueryable().Where(n => n.Kind == kind).ToList();

    /// <summary>A kind of document that exists only here: the engine must not need to know it.</summary>
    private sealed class TalentPoolLoan(Guid id, string number, string title) : IApprovableDocument
    {
        public Guid Id { get; } = id;
        public Guid? ZoneId => SmallZone.ZoneId;
        public string ApprovalKind => LoanKind;
        public string Number { get; } = number;
        public string Title { get; } = title;
        public Guid DrafterId => Drafter;
        public ApprovalProcess? Approval { get; private set; }
        public string Status { get; private set; } = "submitted";
        public List<ApprovalOutcome> Decisions { get; } = [];

        public void AttachApproval(ApprovalProcess process) => Approval = process;

        public void OnApprovalDecision(ApprovalOutcome outcome, DateTimeOffset now)
        {
            Decisions.Add(outcome);
            Status = outcome switch
            {
                ApprovalOutcome.Approved => "approved",
                ApprovalOutcome.Rejected => "rejected",
                ApprovalOutcome.Returned => "returned",
                _ => Status,
            };
        }
    }

    private sealed class Directory(IReadOnlyDictionary<string, Guid[]> roles) : IApproverDirectory
    {
        public Task<IReadOnlyList<Guid>> GetUsersInRoleAsync(Guid zoneId, string roleName, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Guid>>(roles.GetValueOrDefault(roleName) ?? []);

        public Task<IReadOnlyList<Guid>> FilterZoneUsersAsync(Guid zoneId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Guid>>([.. userIds]);

        public Task<bool> RoleExistsAsync(string roleName, CancellationToken cancellationToken = default) => Task.FromResult(roles.ContainsKey(roleName));

        public Task<bool> RoleHoldsPermissionAsync(string roleName, string permission, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task<IReadOnlyList<Guid>> FilterUsersWithoutPermissionAsync(
            IReadOnlyCollection<Guid> userIds, string permission, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Guid>>([.. userIds]);

        public Task<IReadOnlyList<string>> GetNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>([.. userIds.Select(u => u.ToString())]);
    }

    private sealed class NoDataFilter : IDataFilter
    {
        public bool IsZoneFilterEnabled => false;

        public IDisposable DisableZoneFilter() => new Restore();

        private sealed class Restore : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
