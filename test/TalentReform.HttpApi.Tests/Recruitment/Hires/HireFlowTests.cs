using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Identity;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.Recruitment;

/// <summary>公示 and 聘用 over HTTP: the period across 国庆, objections, permissions, isolation, bad input, the race for the last slot and the new talent's portal.</summary>
public class HireFlowTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Notices = "/api/app/recruitment-notices";
    private const string Hires = "/api/app/hires";
    private const string Stats = "/api/app/recruitment-stats";

    [Fact]
    public async Task Two_hires_racing_for_the_last_slot_one_wins_the_other_gets_409_and_leaves_nothing_and_the_winner_sees_benefits()
    {
        var scenario = await HireScenario.CreateAsync(factory, "1");
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var notice = await PublishedNoticeAsync(hr, scenario, scenario.ApplicationIds);

        // Published Mon 2026-09-28: 09-29, 09-30, (国庆 10-01…10-07), 10-08, 10-09, Sat 10-10 (调休), 10-12, 10-13.
        (notice.PublishedOn, notice.StartsOn, notice.EndsOn, notice.HasEnded)
            .ShouldBe((new DateOnly(2026, 9, 28), (DateOnly?)new DateOnly(2026, 9, 29), (DateOnly?)new DateOnly(2026, 10, 13), true));

        var preview = await hr.GetJsonAsync<HireSeatPreviewDto>($"{Hires}/preview?applicationId={scenario.ApplicationIds[0]}");
        (preview.SeatKind, preview.PostId, preview.PostVacant, preview.RegularVacant).ShouldBe((HireSeatKind.Regular, scenario.PostIds[0], true, 1));

        var clients = new[] { hr, await factory.CreateClientAsync(TestData.Users.DalianHr) };
        var responses = await Task.WhenAll(scenario.ApplicationIds.Select((id, i) =>
            clients[i].PostJsonAsync(Hires, new { applicationId = id, startsOn = "2026-12-01", contractMonths = 36, firstEmployment = true })));

        var bodies = string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync())));
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, bodies);
        var loserIndex = Array.FindIndex(responses, r => r.StatusCode != HttpStatusCode.OK);
        responses[loserIndex].StatusCode.ShouldBe(HttpStatusCode.Conflict, bodies);
        var result = await responses[1 - loserIndex].ReadJsonAsync<HireResultDto>();

        // The winner: 初次就业 with 36 months → 12 months' 试用期 from 12-01 to 2027-11-30; an account with a one-time password.
        (result.Hire.ApplicationId, result.Hire.SeatKind, result.Hire.ProbationMonths, result.Hire.ProbationEndsOn)
            .ShouldBe((scenario.ApplicationIds[1 - loserIndex], HireSeatKind.Regular, 12, (DateOnly?)new DateOnly(2027, 11, 30)));
        result.InitialPassword.ShouldNotBeNullOrWhiteSpace();

        // The loser: nothing half-done — no hire, no person, still at 公示.
        var loser = scenario.ApplicationIds[loserIndex];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            using var allZones = scope.ServiceProvider.GetRequiredService<IDataFilter>().DisableZoneFilter();
            var hires = scope.ServiceProvider.GetRequiredService<IRepository<Hire>>();
            var persons = scope.ServiceProvider.GetRequiredService<IRepository<Person>>();
            var applications = scope.ServiceProvider.GetRequiredService<IApplicationRepository>();
            (await hires.AnyAsync(h => h.ApplicationId == loser)).ShouldBeFalse();
            var loserApplication = await applications.GetAsync(loser);
            (loserApplication.Stage, loserApplication.Status).ShouldBe((RecruitmentStage.Publicity, ApplicationStatus.Active));
            var loserId = loserApplication.IdNumber;
            (await persons.AnyAsync(p => p.IdNumber == loserId)).ShouldBeFalse();
        }

        // A second try of the winner is refused (already hired), the list shows one hire.
        using (var again = await hr.PostJsonAsync(Hires, new { applicationId = result.Hire.ApplicationId, startsOn = "2026-12-01", contractMonths = 36, firstEmployment = true }))
        {
            await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.HireApplicationNotReady);
        }

        (await hr.GetJsonAsync<List<HireDto>>($"{Hires}?campaignId={scenario.CampaignId}")).Count.ShouldBe(1);

        // The immediate run for the new talent ends; a fresh hire without a tier or 6 months' insurance matches no demo
        // policy yet. Once HR records the talent's 人才认定 (tier C), the next run shows the benefits on the portal.
        // (The run is null only when another hire's run of the zone was still going: this class hires in several facts.)
        foreach (var run in await hr.GetJsonAsync<List<MatchingRunDto>>("/api/app/matching-runs"))
        {
            await hr.WaitForAsync(run.Id);
        }

        using var talent = await factory.CreateClientAsync(result.UserName, result.InitialPassword!);
        (await talent.GetJsonAsync<TalentProfileDto>("/api/app/my/profile")).Id.ShouldBe(result.Hire.TalentProfileId);
        using (var certified = await hr.PostJsonAsync("/api/app/talent-certifications", new
               {
                   profileId = result.Hire.TalentProfileId, level = "C", certifyingBody = "大连高新区人才办", certifiedOn = "2026-11-20", certificateNo = "DL-R-" + Guid.NewGuid().ToString("N")[..8],
               }))
        {
            var certification = await certified.ShouldSucceedAsync<TalentCertificationDto>();
            using var approved = await hr.PostJsonAsync($"/api/app/talent-certifications/{certification.Id}/approve", new { concurrencyStamp = certification.ConcurrencyStamp });
            await approved.ShouldSucceedAsync();
        }

        await hr.RunToEndAsync();
        var mine = await talent.GetJsonAsync<List<EntitlementDto>>("/api/app/my/entitlements");
        mine.ShouldNotBeEmpty();

        // The funnel counts the hire.
        var stats = await hr.GetJsonAsync<RecruitmentStatsDto>($"{Stats}?campaignId={scenario.CampaignId}");
        var funnel = stats.Campaigns.Single();
        (funnel.Applicants, funnel.Places, funnel.Hired, funnel.ApplicantsPerPlace).ShouldBe((2, 2, 1, (decimal?)1m));
        funnel.Stages.Single(s => s.Stage == RecruitmentStage.Hired).PassRate.ShouldBe(50m);
    }

    [Fact]
    public async Task Objections_inside_the_period_hold_or_fail_the_hire()
    {
        var scenario = await HireScenario.CreateAsync(factory, "2");
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var notice = await PublishedNoticeAsync(hr, scenario, scenario.ApplicationIds);
        var (first, second) = (scenario.ApplicationIds[0], scenario.ApplicationIds[1]);

        using (var late = await hr.PostJsonAsync($"{Notices}/{notice.Id}/objections", new { applicationId = first, raisedBy = "匿名", content = "学历存疑", receivedAt = "2026-10-14T08:00:00+08:00" }))
        {
            await late.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PublicityObjectionOutsidePeriod);
        }

        var withObjections = notice;
        foreach (var applicationId in new[] { first, second })
        {
            using var added = await hr.PostJsonAsync($"{Notices}/{notice.Id}/objections", new { applicationId, raisedBy = "张三", content = "反映问题", receivedAt = "2026-10-13T20:00:00+08:00" });
            withObjections = await added.ShouldSucceedAsync<RecruitmentNoticeDto>();
        }

        using (var held = await hr.PostJsonAsync(Hires, new { applicationId = first, startsOn = "2026-12-01", contractMonths = 24, firstEmployment = false }))
        {
            await held.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PublicityObjectionPending);
        }

        var upheld = withObjections.Objections.Single(o => o.ApplicationId == first);
        using (var resolve = await hr.PostJsonAsync($"{Notices}/{notice.Id}/objections/{upheld.Id}/resolve", new { resolution = "Upheld", note = "经核查属实" }))
        {
            (await resolve.ShouldSucceedAsync<RecruitmentNoticeDto>()).Objections.Single(o => o.Id == upheld.Id).Resolution.ShouldBe(ObjectionResolution.Upheld);
        }

        using (var failed = await hr.PostJsonAsync(Hires, new { applicationId = first, startsOn = "2026-12-01", contractMonths = 24, firstEmployment = false }))
        {
            await failed.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.HireApplicationNotReady);
        }

        var dismissed = withObjections.Objections.Single(o => o.ApplicationId == second);
        using (var resolve = await hr.PostJsonAsync($"{Notices}/{notice.Id}/objections/{dismissed.Id}/resolve", new { resolution = "Dismissed", note = "反映不实" }))
        {
            await resolve.ShouldSucceedAsync();
        }

        // Not 初次就业, 24 months: the campaign's 3 months (12-01 → 2027-02-28).
        using var hired = await hr.PostJsonAsync(Hires, new { applicationId = second, startsOn = "2026-12-01", contractMonths = 24, firstEmployment = false });
        var result = await hired.ShouldSucceedAsync<HireResultDto>();
        (result.Hire.ProbationMonths, result.Hire.ProbationEndsOn).ShouldBe((3, (DateOnly?)new DateOnly(2027, 2, 28)));
    }

    [Fact]
    public async Task Leaders_read_talents_and_anonymous_are_refused_another_zone_gets_404_and_bad_input_changes_nothing()
    {
        var scenario = await HireScenario.CreateAsync(factory, "3");
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var anonymous = factory.CreateAnonymousClient();
        var create = new { campaignId = scenario.CampaignId, title = "拟聘人员公示", workingDays = 7, applicationIds = scenario.ApplicationIds };

        using (var byLeader = await leader.PostJsonAsync(Notices, create))
        {
            byLeader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await talent.GetAsync(Notices)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await talent.GetAsync(Stats)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync(Hires)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await leader.GetAsync($"{Hires}/preview?applicationId={scenario.ApplicationIds[0]}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.GetAsync(Stats)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using (var otherZone = await chengde.PostJsonAsync(Notices, create))
        {
            otherZone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var empty = await hr.PostJsonAsync(Notices, new { campaignId = scenario.CampaignId, title = "", applicationIds = Array.Empty<Guid>() }))
        {
            empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var notice = await (await hr.PostJsonAsync(Notices, create)).ShouldSucceedAsync<RecruitmentNoticeDto>();
        (await chengde.GetAsync($"{Notices}/{notice.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await leader.GetJsonAsync<RecruitmentNoticeDto>($"{Notices}/{notice.Id}")).Entries.Count.ShouldBe(2);

        // Hiring before publication: refused, nothing changed.
        using (var early = await hr.PostJsonAsync(Hires, new { applicationId = scenario.ApplicationIds[0], startsOn = "2026-12-01", contractMonths = 36, firstEmployment = true }))
        {
            await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.HireApplicationNotReady);
        }

        using (var badTerm = await hr.PostJsonAsync(Hires, new { applicationId = scenario.ApplicationIds[0], startsOn = "2026-12-01", contractMonths = 0, firstEmployment = true }))
        {
            badTerm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        // A second draft listing the same applications is refused once they are at 公示.
        var published = await PublishAsync(hr, notice);
        published.Status.ShouldBe(RecruitmentPublicityStatus.Published);
        using (var again = await hr.PostJsonAsync(Notices, create))
        {
            await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PublicityApplicationNotReady);
        }

        (await hr.GetJsonAsync<List<HireDto>>($"{Hires}?campaignId={scenario.CampaignId}")).ShouldBeEmpty();
    }

    private static async Task<RecruitmentNoticeDto> PublishedNoticeAsync(HttpClient hr, HireScenario scenario, IReadOnlyList<Guid> applicationIds)
    {
        using var created = await hr.PostJsonAsync(Notices, new { campaignId = scenario.CampaignId, title = "2026年高层次人才拟聘人员公示", applicationIds });
        return await PublishAsync(hr, await created.ShouldSucceedAsync<RecruitmentNoticeDto>());
    }

    private static async Task<RecruitmentNoticeDto> PublishAsync(HttpClient hr, RecruitmentNoticeDto notice)
    {
        using var published = await hr.PostJsonAsync($"{Notices}/{notice.Id}/publish", new { publishedOn = "2026-09-28", concurrencyStamp = notice.ConcurrencyStamp });
        return await published.ShouldSucceedAsync<RecruitmentNoticeDto>();
    }
}
