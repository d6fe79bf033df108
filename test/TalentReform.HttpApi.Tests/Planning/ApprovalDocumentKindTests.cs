using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TalentReform.Account;
using TalentReform.ApplicationConfiguration;
using TalentReform.Data;
using TalentReform.Dtos;
using TalentReform.Identity;
using TalentReform.Notifications;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

/// <summary>
/// A host with, beside the module kinds (staffing plans, recruitment plans, pool loans — all drafted by HR officers), a
/// test-only kind drafted by holders of <see cref="DraftingPermission"/> (the talent role), so that the drafting
/// permission a route is checked against visibly differs from the plans' one.
/// </summary>
public class PoolLoanKindFactory : TalentReformWebApplicationFactory
{
    /// <summary>The recruitment module's pool loans (registered by the module itself).</summary>
    public const string Kind = "PoolLoan";
    public const string LinkTemplate = "/staffing-pool/loans/{id}";
    public const string TalentKind = "TalentDocument";
    public const string DraftingPermission = "TalentReform.My";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddApprovalDocumentKind(new ApprovalDocumentKind(TalentKind, DraftingPermission, "/talent-documents/{id}")));
    }
}

/// <summary>
/// The approval engine's routes, inbox, notices and statistics over HTTP for a kind of document other than staffing
/// plans (ADR 0010): routes carry their kind and are checked against the kind's drafting permission, defaults are per
/// kind, the inbox names any kind's document from its process with the link its kind declares, and the kinds a route
/// can approve come from the engine's registry.
/// </summary>
public class ApprovalDocumentKindTests(PoolLoanKindFactory factory) : IClassFixture<PoolLoanKindFactory>
{
    [Fact]
    public async Task The_kinds_a_route_can_approve_come_from_the_registry_named_in_the_callers_language()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var english = await factory.CreateClientAsync(TestData.Users.DalianHr);
        english.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var kinds = await hr.GetJsonAsync<List<ApprovalDocumentKindDto>>($"{PlanningApi.Routes}/document-kinds");
        var englishKinds = await english.GetJsonAsync<List<ApprovalDocumentKindDto>>($"{PlanningApi.Routes}/document-kinds");
        var configuration = await hr.GetJsonAsync<ApplicationConfigurationDto>("/api/app/application-configuration");

        kinds.Where(k => k.Kind != PoolLoanKindFactory.TalentKind).ShouldBe([
            new(PoolLoanKindFactory.Kind, "编制周转池借用", PoolLoanKindFactory.LinkTemplate), new("RecruitmentPlan", "招聘计划", "/recruitment-plans/{id}"),
            new(StaffingPlan.Kind, "方案", "/plans/{id}")]);
        englishKinds.Where(k => k.Kind != PoolLoanKindFactory.TalentKind).Select(k => k.Name).ShouldBe(["staffing pool loan", "recruitment plan", "plan"]);
        configuration.ApprovalDocumentKinds.Where(k => k.Kind != PoolLoanKindFactory.TalentKind).Select(k => (k.Kind, k.LinkTemplate))
            .ShouldBe([("PoolLoan", PoolLoanKindFactory.LinkTemplate), ("RecruitmentPlan", "/recruitment-plans/{id}"), ("StaffingPlan", "/plans/{id}")]);
    }

    [Fact]
    public async Task A_route_is_checked_against_the_drafting_permission_of_its_own_kind()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.ChengdeHr);

        // HR officers draft plans (StaffingPlans.Create) but not the test kind (drafted by talents).
        using var loanToHr = await hr.PostJsonAsync(PlanningApi.Routes, Route(PoolLoanKindFactory.TalentKind, TestData.UniqueName("借用审批"), Role(RoleNames.HrOfficer)));
        using var loanToTalents = await hr.PostJsonAsync(PlanningApi.Routes, Route(PoolLoanKindFactory.TalentKind, TestData.UniqueName("借用审批"), Role(RoleNames.Talent)));
        using var planToHr = await hr.PostJsonAsync(PlanningApi.Routes, Route(StaffingPlan.Kind, TestData.UniqueName("方案审批"), Role(RoleNames.HrOfficer)));
        using var planToTalents = await hr.PostJsonAsync(PlanningApi.Routes, Route(StaffingPlan.Kind, TestData.UniqueName("方案审批"), Role(RoleNames.Talent)));

        (await loanToHr.ShouldSucceedAsync<ApprovalRouteDto>()).DocumentKind.ShouldBe(PoolLoanKindFactory.TalentKind);
        var refused = await loanToTalents.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalRouteStepNotIndependent);
        await planToHr.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalRouteStepNotIndependent);
        (await planToTalents.ShouldSucceedAsync<ApprovalRouteDto>()).DocumentKind.ShouldBe(StaffingPlan.Kind);

        // The separation-of-duties text names no particular kind of document.
        refused.Detail!.ShouldContain(RoleNames.Talent);
        refused.Detail!.ShouldNotContain("方案");
    }

    [Fact]
    public async Task An_unknown_or_missing_kind_is_refused_and_nothing_is_saved()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        var before = await hr.GetJsonAsync<List<ApprovalRouteDto>>(PlanningApi.Routes);

        using var unknown = await hr.PostJsonAsync(PlanningApi.Routes, Route("RecruitmentNotice", TestData.UniqueName("招聘审批"), Role(RoleNames.Leader)));
        using var missing = await hr.PostJsonAsync(PlanningApi.Routes, new { name = TestData.UniqueName("无种类"), steps = new[] { Role(RoleNames.Leader) } });

        // No module registers such a kind.
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalDocumentKindUnknown)).Detail!.ShouldContain("RecruitmentNotice");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await hr.GetJsonAsync<List<ApprovalRouteDto>>(PlanningApi.Routes)).Count.ShouldBe(before.Count);
    }

    [Fact]
    public async Task Defaults_are_per_kind_and_the_list_filters_by_kind()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var planDefault = (await hr.GetJsonAsync<List<ApprovalRouteDto>>($"{PlanningApi.Routes}?documentKind=StaffingPlan")).Single(r => r.IsDefault);

        // Dalian's first route of the test kind becomes the pool loans' default without taking it from the plans' one.
        var first = await (await hr.PostJsonAsync(PlanningApi.Routes, Route(PoolLoanKindFactory.TalentKind, TestData.UniqueName("借用审批"), Role(RoleNames.Leader), isDefault: false)))
            .ShouldSucceedAsync<ApprovalRouteDto>();
        var second = await (await hr.PostJsonAsync(PlanningApi.Routes, Route(PoolLoanKindFactory.TalentKind, TestData.UniqueName("借用审批"), Role(RoleNames.Leader), isDefault: false)))
            .ShouldSucceedAsync<ApprovalRouteDto>();

        first.IsDefault.ShouldBeTrue();
        second.IsDefault.ShouldBeFalse();
        var loans = await hr.GetJsonAsync<List<ApprovalRouteDto>>($"{PlanningApi.Routes}?documentKind={PoolLoanKindFactory.TalentKind}");
        loans.Select(r => r.Id).ShouldBe([first.Id, second.Id], ignoreOrder: true);
        var plans = await hr.GetJsonAsync<List<ApprovalRouteDto>>($"{PlanningApi.Routes}?documentKind=StaffingPlan");
        plans.ShouldAllBe(r => r.DocumentKind == StaffingPlan.Kind);
        plans.Single(r => r.IsDefault).Id.ShouldBe(planDefault.Id);

        // Deleting the kind's default hands it to its other route, never to a plan route.
        using var delete = await hr.DeleteAsync($"{PlanningApi.Routes}/{first.Id}");
        delete.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await hr.GetJsonAsync<ApprovalRouteDto>($"{PlanningApi.Routes}/{second.Id}")).IsDefault.ShouldBeTrue();
        (await hr.GetJsonAsync<List<ApprovalRouteDto>>($"{PlanningApi.Routes}?documentKind=StaffingPlan")).Single(r => r.IsDefault).Id.ShouldBe(planDefault.Id);
    }

    [Fact]
    public async Task A_pool_loan_in_approval_reaches_the_inbox_the_notices_and_the_statistics_by_its_kind()
    {
        // Arrange: Jiangyin's pool-loan route (one step, the leader role) and a loan drafted and submitted by its HR officer.
        using var hr = await factory.CreateClientAsync(TestData.Users.JiangyinHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.JiangyinLeader);
        using var route = await hr.PostJsonAsync(PlanningApi.Routes, Route(PoolLoanKindFactory.Kind, TestData.UniqueName("借用审批"), Role(RoleNames.Leader)));
        await route.ShouldSucceedAsync();
        var me = await hr.GetJsonAsync<CurrentUserDto>("/api/account/me");
        var leaderMe = await leader.GetJsonAsync<CurrentUserDto>("/api/account/me");
        var loan = new PoolLoan(me.Zone!.Id, me.Id!.Value, "借-2026-001", TestData.UniqueName("借用编制两名"));
        await WithEngineAsync(async (engine, processes) =>
        {
            await engine.SubmitAsync(loan, await engine.GetDefaultRouteAsync(loan.ZoneId!.Value, PoolLoanKindFactory.Kind), loan.DrafterId);
            await processes.SaveChangesAsync();
        });

        // Act
        var inbox = await leader.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals);
        var onlyPlans = await leader.GetJsonAsync<List<ApprovalInboxItemDto>>($"{PlanningApi.Approvals}?documentKind=StaffingPlan");
        var onlyLoans = await leader.GetJsonAsync<List<ApprovalInboxItemDto>>($"{PlanningApi.Approvals}?documentKind=PoolLoan");
        var notices = await leader.GetJsonAsync<PagedResultDto<NotificationDto>>("/api/app/notifications?maxResultCount=50");

        // Assert: the item is named from the process, linked where the kind says, with no plan effective date.
        var item = inbox.Single(i => i.DocumentId == loan.Id);
        (item.DocumentKind, item.DocumentNumber, item.DocumentTitle, item.Link, item.EffectiveDate)
            .ShouldBe((PoolLoanKindFactory.Kind, "借-2026-001", loan.Title, $"/staffing-pool/loans/{loan.Id}", (DateOnly?)null));
        (item.StepNameZh, item.Sequence, item.StepCount).ShouldBe(("领导审批", 1, 1));
        item.CreatorName.ShouldNotBeNullOrWhiteSpace();
        onlyPlans.ShouldNotContain(i => i.DocumentId == loan.Id);
        onlyPlans.ShouldAllBe(i => i.DocumentKind == StaffingPlan.Kind && i.Link == $"/plans/{i.DocumentId}" && i.EffectiveDate != null);
        onlyLoans.ShouldHaveSingleItem().DocumentId.ShouldBe(loan.Id);
        var notice = notices.Items.Single(n => n.DocumentId == loan.Id);
        (notice.Kind, notice.DocumentKind).ShouldBe((NotificationKind.StepAssigned, PoolLoanKindFactory.Kind));
        notice.Message.ShouldContain("编制周转池借用");

        // The leader approves within the time limit: the loans' on-time rate counts it (beside the demo's approved loan), the plans' does not.
        var loanStatsBefore = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?documentKind=PoolLoan");
        await WithEngineAsync(async (engine, processes) =>
        {
            loan.AttachApproval(await processes.GetAsync(loan.Approval!.Id));
            await engine.DecideAsync(loan, item.StepId, leaderMe.Id!.Value, "江阴领导", ApprovalDecisionKind.Approve, null);
            await processes.SaveChangesAsync();
        });
        var loanStats = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?documentKind=PoolLoan");
        var planStats = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?documentKind=StaffingPlan");
        (loanStats.Total.Completed - loanStatsBefore.Total.Completed, loanStats.Total.OnTime - loanStatsBefore.Total.OnTime).ShouldBe((1, 1));
        loanStats.Total.OnTimeRate.ShouldBe(1.0);
        loanStats.BySteps.Single(s => s.NameZh == "领导审批").Completed.ShouldBe(1);
        planStats.BySteps.ShouldNotContain(s => s.NameZh == "领导审批");
        (await leader.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals)).ShouldNotContain(i => i.DocumentId == loan.Id);
        loan.Outcomes.ShouldBe([ApprovalOutcome.Approved]);
    }

    [Fact]
    public async Task A_plans_notices_name_their_kind()
    {
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);

        var notices = await leader.GetJsonAsync<PagedResultDto<NotificationDto>>("/api/app/notifications?maxResultCount=50");

        // The seeded notices are all about staffing plans (or about no document: route changes).
        notices.Items.ShouldNotBeEmpty();
        notices.Items.Where(n => n.DocumentId != null).ShouldAllBe(n => n.DocumentKind == StaffingPlan.Kind);
        notices.Items.Where(n => n.DocumentId == null).ShouldAllBe(n => n.DocumentKind == null);
    }

    private async Task WithEngineAsync(Func<ApprovalEngine, IRepository<ApprovalProcess>, Task> work)
    {
        // Out of a request, as the background jobs run: no signed-in user's zone, so the zone filter is off.
        await using var scope = factory.Services.CreateAsyncScope();
        using var allZones = scope.ServiceProvider.GetRequiredService<IDataFilter>().DisableZoneFilter();
        await work(scope.ServiceProvider.GetRequiredService<ApprovalEngine>(), scope.ServiceProvider.GetRequiredService<IRepository<ApprovalProcess>>());
    }

    private static object Route(string documentKind, string name, object step, bool isDefault = true) =>
        new { documentKind, name, isDefault, steps = new[] { step } };

    private static object Role(string role) => new { nameZh = "领导审批", nameEn = "Review", assigneeKind = "Role", roleName = role, timeLimitWorkingDays = 2 };

    /// <summary>A pool loan with only what the engine needs (the engine's side, apart from the module's aggregate).</summary>
    private sealed class PoolLoan(Guid zoneId, Guid drafterId, string number, string title) : IApprovableDocument
    {
        public Guid Id { get; } = Guid.NewGuid();
        public Guid? ZoneId { get; } = zoneId;
        public string ApprovalKind => PoolLoanKindFactory.Kind;
        public string Number { get; } = number;
        public string Title { get; } = title;
        public Guid DrafterId { get; } = drafterId;
        public ApprovalProcess? Approval { get; private set; }
        public List<ApprovalOutcome> Outcomes { get; } = [];

        public void AttachApproval(ApprovalProcess process) => Approval = process;

        public void OnApprovalDecision(ApprovalOutcome outcome, DateTimeOffset now)
        {
            if (outcome != ApprovalOutcome.NextStepStarted)
            {
                Outcomes.Add(outcome);
            }
        }
    }
}
