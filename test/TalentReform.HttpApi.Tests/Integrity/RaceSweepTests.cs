using System.Globalization;
using System.Net;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Staffing;
using Xunit.Abstractions;

namespace TalentReform.Integrity;

/// <summary>
/// The races sweep: each scenario fires <see cref="Parallel"/> requests at once through the in-memory server
/// (real concurrency on the host's SQLite file) for <see cref="Rounds"/> rounds, and checks the invariant after
/// each round: one winner where only one may win, no failure where all must succeed, never a 5xx.
/// </summary>
public class RaceSweepTests(TalentReformWebApplicationFactory factory, ITestOutputHelper output) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const int Parallel = 50;
    private const int Rounds = 3;

    [Fact]
    public async Task Fifty_parallel_decisions_on_one_approval_step_decide_it_once()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var reviewer = await factory.CreateClientAsync(TestData.Users.DalianReviewer);
        var parent = await hr.DemoUnitAsync("科技创新局");
        for (var round = 1; round <= Rounds; round++)
        {
            var unit = await hr.CreateUnitAsync(TestData.UniqueName("科"), parent.Id, "服务");
            var plan = await hr.CreatePlanAsync(TestData.UniqueName("职能调整"), PlanningApi.TodayInChina.AddYears(1));
            await hr.AddChangeAsync(plan.Id, new { type = "SetFunctions", unitId = unit.Id, functions = new object[] { new { text = "服务" }, new { text = "孵化" } } });
            await hr.SubmitAsync(plan.Id);
            var step = await reviewer.InboxItemAsync(plan.Id);

            var statuses = await BurstAsync(_ => reviewer.PostJsonAsync($"{PlanningApi.Approvals}/{step.StepId}/decide", new { decision = "Approve", comment = "同意" }));

            var after = await hr.GetJsonAsync<StaffingPlanDto>($"{PlanningApi.Plans}/{plan.Id}");
            Report("decisions on one step", round, statuses);
            OneWinner(statuses, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);
            after.Decisions.Count(d => d.StepId == step.StepId).ShouldBe(1);
            after.Steps.Single(s => s.Id == step.StepId).Status.ShouldBe(ApprovalStepStatus.Approved);
            after.Steps.Count(s => s.Status == ApprovalStepStatus.Pending).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Fifty_parallel_appointments_into_the_last_free_slot_let_one_in()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Administrative, 1000);
        var parent = await hr.DemoUnitAsync("经济发展局");
        for (var round = 1; round <= Rounds; round++)
        {
            var unit = await hr.CreateUnitAsync(TestData.UniqueName("科"), parent.Id, "统计");
            await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Administrative, 1);
            var posts = new List<PostDto>();
            var persons = new List<PersonDto>();
            for (var i = 0; i < Parallel; i++)
            {
                posts.Add(await hr.CreatePostAsync(unit.Id));
                persons.Add(await hr.CreatePersonAsync(TestData.UniqueName("人")));
            }

            var statuses = await BurstAsync(i => hr.AppointAsync(persons[i].Id, posts[i].Id));

            var active = await hr.GetJsonAsync<PagedResultDto<AppointmentDto>>($"{OrganizationApi.Appointments}?orgUnitId={unit.Id}&activeOnly=true");
            Report("appointments into the last slot", round, statuses);
            OneWinner(statuses, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);
            active.TotalCount.ShouldBe(1);
        }
    }

    [Fact]
    public async Task Fifty_parallel_primary_appointments_of_one_person_leave_one_primary()
    {
        // Fifty units with a slot per round each, so no quota row is shared: only the one-primary rule stands between the requests.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Headcount, 10_000);
        var parent = await hr.DemoUnitAsync("经济发展局");
        var units = new List<OrgUnitDto>();
        for (var i = 0; i < Parallel; i++)
        {
            var unit = await hr.CreateUnitAsync(TestData.UniqueName("组"), parent.Id, "承办");
            await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Headcount, Rounds);
            units.Add(unit);
        }

        for (var round = 1; round <= Rounds; round++)
        {
            var person = await hr.CreatePersonAsync(TestData.UniqueName("人"));
            var posts = new List<PostDto>();
            foreach (var unit in units)
            {
                posts.Add(await hr.CreatePostAsync(unit.Id, StaffingType.Headcount));
            }

            var statuses = await BurstAsync(i => hr.PostJsonAsync(
                OrganizationApi.Appointments, new { personId = person.Id, postId = posts[i].Id, kind = "Competitive", isPrimary = true, termStart = "2026-03-01" }));

            var active = await hr.GetJsonAsync<PagedResultDto<AppointmentDto>>($"{OrganizationApi.Appointments}?personId={person.Id}&activeOnly=true");
            Report("primary appointments of one person", round, statuses);
            OneWinner(statuses, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);
            active.Items.Count(a => a.IsPrimary).ShouldBe(1);
        }

        // The zone's planning still works on what the race left behind.
        using var impact = await hr.PostJsonAsync(PlanningApi.Plans, new { title = "影响", rationale = "请示", effectiveDate = PlanningApi.TodayInChina });
        var plan = await impact.ShouldSucceedAsync<StaffingPlanDto>();
        (await hr.GetJsonAsync<PlanImpactDto>($"{PlanningApi.Plans}/{plan.Id}/impact")).IsStored.ShouldBeFalse();
    }

    [Fact]
    public async Task Fifty_parallel_plan_creations_all_succeed_with_unique_contiguous_numbers()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        for (var round = 1; round <= Rounds; round++)
        {
            var bodies = new List<string>();
            var statuses = await BurstAsync(async i =>
            {
                var response = await hr.PostJsonAsync(PlanningApi.Plans, new { title = $"并发方案 {round}-{i}", rationale = "请示", effectiveDate = PlanningApi.TodayInChina });
                if (response.IsSuccessStatusCode)
                {
                    var plan = await response.ReadJsonAsync<StaffingPlanDto>();
                    lock (bodies)
                    {
                        bodies.Add(plan.Number);
                    }
                }

                return response;
            });

            Report("plan creations", round, statuses);
            statuses.ShouldAllBe(s => s == HttpStatusCode.OK);
            var serials = bodies.Select(n => int.Parse(n[(n.IndexOf('-') + 1)..], CultureInfo.InvariantCulture)).Order().ToList();
            serials.Distinct().Count().ShouldBe(Parallel);
            (serials[^1] - serials[0]).ShouldBe(Parallel - 1);
        }
    }

    [Fact]
    public async Task Fifty_parallel_edits_with_one_stale_stamp_let_one_through_on_posts_and_quotas()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.SetZoneTotalAsync(StaffingType.Contract, 10_000);
        var parent = await hr.DemoUnitAsync("经济发展局");
        var unit = await hr.CreateUnitAsync(TestData.UniqueName("科"), parent.Id, "统计");
        var post = await hr.CreatePostAsync(unit.Id, StaffingType.Contract);
        var quota = await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.Contract, 10);
        for (var round = 1; round <= Rounds; round++)
        {
            // Half of the requests change something, the other half send the values back unchanged.
            var current = await hr.GetJsonAsync<PostDto>($"{OrganizationApi.Posts}/{post.Id}");
            var postStatuses = await BurstAsync(i => hr.PutJsonAsync($"{OrganizationApi.Posts}/{post.Id}", new
            {
                titleZh = i % 2 == 0 ? current.TitleZh : $"科员{round}-{i}", titleEn = current.TitleEn, category = current.Category, level = current.Level,
                staffingType = current.StaffingType, leadershipRole = current.LeadershipRole, fte = current.Fte, isFrozen = false,
                dutyClauseIds = Array.Empty<Guid>(), concurrencyStamp = current.ConcurrencyStamp,
            }));
            var currentQuota = (await hr.GetStaffingQuotasAsync(unit.Id)).Items.Single(q => q.Id == quota.Id);
            var quotaStatuses = await BurstAsync(i => hr.PutJsonAsync(
                $"{OrganizationApi.StaffingQuotas}/{quota.Id}", new { approved = currentQuota.Approved + (i % 2 == 0 ? 0 : i), concurrencyStamp = currentQuota.ConcurrencyStamp }));

            Report("stale-stamp post edits", round, postStatuses);
            Report("stale-stamp quota edits", round, quotaStatuses);
            OneWinner(postStatuses, HttpStatusCode.Conflict);
            OneWinner(quotaStatuses, HttpStatusCode.Conflict);
        }
    }

    /// <summary>Starts <see cref="Parallel"/> requests together (each waits at one gate) and returns their statuses.</summary>
    private static async Task<List<HttpStatusCode>> BurstAsync(Func<int, Task<HttpResponseMessage>> request)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, Parallel).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            using var response = await request(i);
            return response.StatusCode;
        })).ToList();
        gate.SetResult();
        return [.. await Task.WhenAll(tasks)];
    }

    private static void OneWinner(List<HttpStatusCode> statuses, params HttpStatusCode[] losers)
    {
        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, Summary(statuses));
        statuses.Where(s => s != HttpStatusCode.OK).ShouldAllBe(s => losers.Contains(s), Summary(statuses));
    }

    private void Report(string scenario, int round, List<HttpStatusCode> statuses) =>
        output.WriteLine($"{scenario}, round {round}: {Summary(statuses)}");

    private static string Summary(List<HttpStatusCode> statuses) =>
        string.Join(", ", statuses.GroupBy(s => (int)s).OrderBy(g => g.Key).Select(g => $"{g.Count()} × {g.Key}"));
}
