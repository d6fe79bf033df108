using Microsoft.Extensions.DependencyInjection;
using TalentReform.Dtos;
using TalentReform.Notifications;

namespace TalentReform.Planning;

/// <summary>按时办结率 from the seeded decisions, checked step by step against the working-day calendar by hand; and the overdue sweep.</summary>
public class ApprovalStatsTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task The_on_time_rate_is_counted_from_the_recorded_decisions()
    {
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);

        // The staffing plans' history has fixed dates; the recruitment demo's approvals are dated back from today (below).
        var stats = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?from=2025-01-01&to=2026-12-31&documentKind=StaffingPlan");

        // Dalian's seeded steps (start → due by 3/2/5 working days → completed):
        // 2025-001: 编办初审 06-03 → due 06-06, done 06-04 (on time); 分管领导 06-04 → due 06-06, done 06-09 (late);
        //           主任办公会 06-09 → due 06-16, done 06-13 (on time, both signed).
        // 2025-002: 编办初审 09-15 → due 09-18, done 09-17 (on time); 分管领导 09-17 → due 09-19, rejected 09-23 (late).
        // 2026-001: 编办初审 2026-03-02 → due 03-05, returned 03-09 (late).
        // 2026-002: 编办初审 11-16 → due 11-19, done 11-18 (on time); 分管领导 11-18 → due 11-20, still open (overdue).
        (stats.Total.Completed, stats.Total.OnTime, stats.Total.Late, stats.Total.OverdueOpen, stats.Total.OnTimeRate).ShouldBe((7, 4, 3, 1, 0.5));
        var review = stats.BySteps.Single(s => s.NameZh == "编办初审");
        (review.Completed, review.OnTime, review.OnTimeRate).ShouldBe((4, 3, 0.75));
        var deputy = stats.BySteps.Single(s => s.NameZh == "分管领导审核");
        (deputy.Completed, deputy.Late, deputy.OverdueOpen, deputy.OnTimeRate).ShouldBe((2, 2, 1, 0.0));
        var leaderRow = stats.ByApprovers.Single(a => a.NameZh == "大连分管领导");
        (leaderRow.Completed, leaderRow.OnTime, leaderRow.Late, leaderRow.OverdueOpen).ShouldBe((3, 1, 2, 1));
        stats.ByMonths.Select(m => (m.Key, m.Completed)).ShouldBe([("2025-06", 3), ("2025-09", 2), ("2026-03", 1), ("2026-11", 1)]);
        var overdue = stats.OverdueSteps.ShouldHaveSingleItem();
        (overdue.DocumentNumber, overdue.StepNameZh, overdue.DueAt).ShouldBe(("2026-002", "分管领导审核", new DateTimeOffset(2026, 11, 20, 23, 59, 59, TimeSpan.FromHours(8))));
        overdue.OverdueWorkingDays.ShouldBeGreaterThan(0);

        var onlyJune = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?from=2025-06-01&to=2025-06-30&documentKind=StaffingPlan");
        (onlyJune.Total.Completed, onlyJune.Total.OnTime, onlyJune.Total.OverdueOpen).ShouldBe((3, 2, 0));
    }

    [Fact]
    public async Task The_on_time_rate_covers_every_kind_of_document_or_the_one_asked_for()
    {
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        var period = $"from=2025-01-01&to={PlanningApi.TodayInChina:yyyy-MM-dd}";

        var all = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?{period}");
        var plans = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?{period}&documentKind=StaffingPlan");
        var recruitmentPlans = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?{period}&documentKind=RecruitmentPlan");
        var loans = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?{period}&documentKind=PoolLoan");
        var otherKind = await leader.GetJsonAsync<ApprovalStatsDto>($"{PlanningApi.Stats}?{period}&documentKind=TalentPoolLoan");

        // The staffing plans as seeded; the demo's two recruitment plans and its active pool loan, each decided on the
        // next working day of both steps (on time); over every kind, the sum.
        (plans.Total.Completed, plans.Total.OnTime, plans.Total.OverdueOpen, plans.Total.OnTimeRate).ShouldBe((7, 4, 1, 0.5));
        plans.OverdueSteps.ShouldHaveSingleItem().DocumentNumber.ShouldBe("2026-002");
        (recruitmentPlans.Total.Completed, recruitmentPlans.Total.OnTime, recruitmentPlans.Total.OverdueOpen).ShouldBe((4, 4, 0));
        (loans.Total.Completed, loans.Total.OnTime, loans.Total.OverdueOpen).ShouldBe((2, 2, 0));
        (all.Total.Completed, all.Total.OnTime, all.Total.Late, all.Total.OverdueOpen).ShouldBe((13, 10, 3, 1));
        all.OverdueSteps.ShouldHaveSingleItem().DocumentNumber.ShouldBe("2026-002");
        (otherKind.Total.Completed, otherKind.Total.OverdueOpen, otherKind.Total.OnTimeRate).ShouldBe((0, 0, (double?)null));
        otherKind.BySteps.ShouldBeEmpty();
        otherKind.ByApprovers.ShouldBeEmpty();
        otherKind.OverdueSteps.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reversed_period_is_refused()
    {
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var response = await leader.GetAsync($"{PlanningApi.Stats}?from=2026-02-01&to=2026-01-01");
        await response.ShouldBeProblemAsync(System.Net.HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApprovalStatsPeriodInvalid);
    }

    [Fact]
    public async Task The_overdue_sweep_notifies_the_approver_and_the_escalation_role_once()
    {
        // Act: the job's work, run twice.
        int first, second;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            first = await scope.ServiceProvider.GetRequiredService<PlanMaintenanceService>().NotifyOverdueStepsAsync();
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            second = await scope.ServiceProvider.GetRequiredService<PlanMaintenanceService>().NotifyOverdueStepsAsync();
        }

        // Assert: one overdue step per demo zone; Dalian's leader is told, the other leaders (escalation role) are told too.
        (first, second).ShouldBe((3, 0));
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var director = await factory.CreateClientAsync(TestData.Users.DalianDirector);
        var toLeader = await leader.GetJsonAsync<PagedResultDto<NotificationDto>>(PlanningApi.Notifications);
        var toDirector = await director.GetJsonAsync<PagedResultDto<NotificationDto>>(PlanningApi.Notifications);
        toLeader.Items.Single(n => n.Kind == NotificationKind.StepOverdue).Message.ShouldBe("方案《设置人才服务专员岗位》的“分管领导审核”已超过承诺时限（2026-11-20 23:59）。");
        toDirector.Items.ShouldContain(n => n.Kind == NotificationKind.StepEscalated);
        var count = await leader.GetJsonAsync<NotificationCountDto>($"{PlanningApi.Notifications}/count");
        using (var read = await leader.PostJsonAsync($"{PlanningApi.Notifications}/read-all", new { }))
        {
            await read.ShouldSucceedAsync();
        }

        count.Unread.ShouldBeGreaterThan(0);
        (await leader.GetJsonAsync<NotificationCountDto>($"{PlanningApi.Notifications}/count")).Unread.ShouldBe(0);
    }
}
