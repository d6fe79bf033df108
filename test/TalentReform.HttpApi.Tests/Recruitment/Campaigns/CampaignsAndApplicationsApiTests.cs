using System.Diagnostics;
using System.Net;
using TalentReform.Excel;
using TalentReform.Organization;
using TalentReform.Planning;

namespace TalentReform.Recruitment;

/// <summary>Campaigns and applications over HTTP: who may do what, zones, bad input, races, scores, shortlist, ranking and 递补.</summary>
public class CampaignsAndApplicationsApiTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task Hr_works_a_leader_reads_masked_a_talent_and_anonymous_are_refused_and_another_zone_gets_404()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var anonymous = factory.CreateAnonymousClient();
        var campaign = await factory.PublishedCampaignAsync(hr);
        var idNumber = CampaignApi.NewIdNumber();
        using var registered = await hr.PostJsonAsync(CampaignApi.Applications, CampaignApi.Registration(campaign, idNumber));
        var application = (await registered.ShouldSucceedAsync<ApplicationRegistrationDto>()).Application;

        // Act
        var leaderList = await leader.GetJsonAsync<List<ApplicationDto>>($"{CampaignApi.Applications}?campaignId={campaign.Id}");
        var leaderCampaign = await leader.GetJsonAsync<RecruitmentCampaignDto>($"{CampaignApi.Campaigns}/{campaign.Id}");
        using var leaderCreates = await leader.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(PlanningApi.TodayInChina));
        using var leaderAdvances = await leader.PostJsonAsync($"{CampaignApi.Applications}/{application.Id}/advance", new { to = "QualificationPassed" });
        using var talentReads = await talent.GetAsync(CampaignApi.Campaigns);
        using var anonymousReads = await anonymous.GetAsync($"{CampaignApi.Applications}/{application.Id}");
        using var chengdeCampaign = await chengde.GetAsync($"{CampaignApi.Campaigns}/{campaign.Id}");
        using var chengdeApplication = await chengde.GetAsync($"{CampaignApi.Applications}/{application.Id}");
        using var chengdeRegisters = await chengde.PostJsonAsync(CampaignApi.Applications, CampaignApi.Registration(campaign, CampaignApi.NewIdNumber()));
        var chengdeCampaigns = await chengde.GetJsonAsync<List<RecruitmentCampaignDto>>(CampaignApi.Campaigns);

        // Assert
        application.IdNumber.ShouldBe(idNumber);
        leaderCampaign.Code.ShouldBe(campaign.Code);
        leaderList.Single().IdNumber.ShouldNotBe(idNumber);
        leaderList.Single().IdNumber.ShouldContain("*");
        leaderList.Single().Phone.ShouldNotBe("13800000000");
        leaderCreates.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        leaderAdvances.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        talentReads.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymousReads.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        chengdeCampaign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        chengdeApplication.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        chengdeRegisters.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        chengdeCampaigns.ShouldNotContain(c => c.Id == campaign.Id);
        (await hr.GetApplicationAsync(application.Id)).Stage.ShouldBe(RecruitmentStage.Registered);
    }

    [Fact]
    public async Task Bad_input_is_refused_and_changes_nothing_a_short_notice_stays_a_draft_and_a_published_notice_changes_only_by_amendment()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var today = PlanningApi.TodayInChina;
        using var created = await hr.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(today, await factory.ApprovedPlanLineAsync(hr)));
        var draft = await created.ShouldSucceedAsync<RecruitmentCampaignDto>();
        var campaign = await factory.PublishedCampaignAsync(hr);
        var noPledge = CampaignApi.Registration(campaign, CampaignApi.NewIdNumber());

        // Act
        using var shortNotice = await hr.PostJsonAsync($"{CampaignApi.Campaigns}/{draft.Id}/publish", new { publishedOn = today, noticeEndsOn = today.AddDays(2) });
        using var withoutPledge = await hr.PostRawJsonAsync(
            CampaignApi.Applications,
            System.Text.Json.JsonSerializer.Serialize(noPledge, HttpJson.Options).Replace("\"pledgeSigned\":true", "\"pledgeSigned\":false"));
        using var badIdNumber = await hr.PostJsonAsync(CampaignApi.Applications, CampaignApi.Registration(campaign, "12345"));
        var update = System.Text.Json.JsonSerializer.SerializeToNode(CampaignApi.CampaignBody(today), HttpJson.Options)!.AsObject();
        update.Remove("recruitmentPlanId");
        using var editPublished = await hr.PutAsync($"{CampaignApi.Campaigns}/{campaign.Id}", new StringContent(update.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        using var amended = await hr.PostJsonAsync($"{CampaignApi.Campaigns}/{campaign.Id}/amend", new
        {
            reason = "报名时间延长",
            registrationStart = campaign.RegistrationStart,
            registrationEnd = campaign.RegistrationEnd.AddDays(3),
        });

        // Assert
        await shortNotice.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.NoticePublicTooShort);
        (await hr.GetJsonAsync<RecruitmentCampaignDto>($"{CampaignApi.Campaigns}/{draft.Id}")).Status.ShouldBe(RecruitmentCampaignStatus.Draft);
        await withoutPledge.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApplicationPledgeRequired);
        badIdNumber.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await editPublished.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CampaignNotDraft);
        (await hr.GetJsonAsync<List<ApplicationDto>>($"{CampaignApi.Applications}?campaignId={campaign.Id}")).ShouldBeEmpty();
        var after = await amended.ShouldSucceedAsync<RecruitmentCampaignDto>();
        after.RegistrationEnd.ShouldBe(campaign.RegistrationEnd.AddDays(3));
        var amendment = after.Amendments.ShouldHaveSingleItem();
        amendment.Reason.ShouldBe("报名时间延长");
        amendment.Changes.ShouldContain(c => c.Before != c.After);
    }

    [Fact]
    public async Task A_relative_leading_the_unit_of_a_finance_post_refuses_the_application_and_a_colleague_in_the_unit_only_flags_it()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var campaign = await factory.PublishedCampaignAsync(hr);
        var unitId = campaign.Positions[0].OrgUnitId;
        object Relative(bool leads) => new { relation = "Spouse", name = "赵六", orgUnitId = unitId, unitName = "财务处", leadsUnit = leads };
        object Registration(bool leads) =>
            System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(
                CampaignApi.Registration(campaign, CampaignApi.NewIdNumber(), "钱七", [Relative(leads)]), HttpJson.Options))!.AsObject()
                .Also(o => o["postFunctionArea"] = "Finance");

        // Act
        using var refused = await hr.PostJsonAsync(CampaignApi.Applications, Registration(leads: true));
        using var flagged = await hr.PostJsonAsync(CampaignApi.Applications, Registration(leads: false));

        // Assert
        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.AvoidanceApplicationRefused);
        var registration = await flagged.ShouldSucceedAsync<ApplicationRegistrationDto>();
        registration.AvoidanceFlags.ShouldHaveSingleItem().Reason.ShouldBe(AvoidanceReason.SameUnit);
        registration.Application.Relatives.ShouldHaveSingleItem().Name.ShouldBe("赵六");
        (await hr.GetJsonAsync<List<ApplicationDto>>($"{CampaignApi.Applications}?campaignId={campaign.Id}")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Of_simultaneous_registrations_with_one_id_number_exactly_one_wins()
    {
        // Arrange: four HR sessions registering the same 身份证号 (one lower-case x: normalised alike).
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var campaign = await factory.PublishedCampaignAsync(hr);
        var idNumber = CampaignApi.NewIdNumber();
        var clients = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await factory.CreateClientAsync(TestData.Users.DalianHr));
        }

        // Act
        var responses = await Task.WhenAll(clients.Select((c, i) =>
            c.PostJsonAsync(CampaignApi.Applications, CampaignApi.Registration(campaign, i == 0 ? idNumber.ToLowerInvariant() : idNumber, "李四" + i))));

        // Assert
        var statuses = responses.Select(r => r.StatusCode).ToList();
        var bodies = string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync())));
        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, bodies);
        statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(3, bodies);
        (await hr.GetJsonAsync<List<ApplicationDto>>($"{CampaignApi.Applications}?campaignId={campaign.Id}")).ShouldHaveSingleItem();
        foreach (var disposable in responses.Cast<IDisposable>().Concat(clients))
        {
            disposable.Dispose();
        }
    }

    [Fact]
    public async Task Moves_out_of_order_are_refused_and_a_hostile_score_file_is_refused_within_a_second()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var campaign = await factory.PublishedCampaignAsync(hr);
        var application = await hr.RegisterAsync(campaign, "王五");

        // Act
        using var skip = await hr.PostJsonAsync($"{CampaignApi.Applications}/{application.Id}/advance", new { to = "WrittenExam" });
        using var scoreTooEarly = await hr.PutJsonAsync($"{CampaignApi.Applications}/{application.Id}/written-score", new { score = 80 });
        await hr.AdvanceAsync(application.Id, "QualificationPassed");
        using var beforeRatio = await hr.PostJsonAsync($"{CampaignApi.Applications}/{application.Id}/advance", new { to = "WrittenExam" });
        var stopwatch = Stopwatch.StartNew();
        using var hostile = await hr.UploadScoresAsync(campaign.Id, [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFF, 0x00], dryRun: false);
        stopwatch.Stop();

        // Assert
        await skip.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApplicationStageOutOfOrder);
        await scoreTooEarly.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApplicationScoreNotAtStage);
        await beforeRatio.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApplicationOpeningRatioNotChecked);
        await hostile.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ImportFileInvalid);
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        var stored = await hr.GetApplicationAsync(application.Id);
        stored.Stage.ShouldBe(RecruitmentStage.QualificationPassed);
        stored.WrittenScore.ShouldBeNull();
    }

    /// <summary>
    /// One place, interview ratio 1:2, 开考比例 1:3 with four qualified. Written 90, 80, 80, 70: the quota is 2 and both
    /// 80s are admitted (tie at the cut-off). Interview 70, 85, 85: totals 80, 82.50, 82.50 — the 82.50s also tie on the
    /// written score, so both are flagged for a 加试; 加试 90 vs 85 ranks them. The first fails 体检; 递补 takes the second.
    /// </summary>
    [Fact]
    public async Task A_position_runs_from_opening_ratio_to_replacement_with_a_tie_at_the_cut_off_a_tie_for_the_place_and_a_score_import()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var campaign = await factory.PublishedCampaignAsync(hr, places: 1, interviewRatio: 2, openingRatio: 3);
        var positionId = campaign.Positions[0].Id;
        var names = new[] { "甲", "乙", "丙", "丁" };
        var idNumbers = new Dictionary<string, string>();
        var apps = new Dictionary<string, ApplicationDto>();
        foreach (var name in names)
        {
            idNumbers[name] = CampaignApi.NewIdNumber();
            using var response = await hr.PostJsonAsync(CampaignApi.Applications, CampaignApi.Registration(campaign, idNumbers[name], name));
            apps[name] = (await response.ShouldSucceedAsync<ApplicationRegistrationDto>()).Application;
            await hr.AdvanceAsync(apps[name].Id, "QualificationPassed");
        }

        // Act 1: 开考比例 (4 ≥ 1 × 3), then the written exam.
        using var ratio = await hr.PostJsonAsync($"{CampaignApi.Campaigns}/{campaign.Id}/positions/{positionId}/opening-ratio", new { });
        var decision = await ratio.ShouldSucceedAsync<OpeningRatioDecisionDto>();
        var written = new Dictionary<string, decimal> { ["甲"] = 90m, ["乙"] = 80m, ["丙"] = 80m, ["丁"] = 70m };
        foreach (var name in names)
        {
            await hr.AdvanceAsync(apps[name].Id, "WrittenExam");
            await hr.ScoreAsync(apps[name].Id, "written", written[name]);
        }

        using var shortlistResponse = await hr.PostJsonAsync($"{CampaignApi.Applications}/shortlist", new { campaignId = campaign.Id, positionId });
        var shortlist = await shortlistResponse.ShouldSucceedAsync<InterviewShortlistDto>();

        // Assert 1
        decision.Decision.ShouldBe(OpeningRatioDecision.Met);
        decision.QualifiedApplicants.ShouldBe(4);
        shortlist.Quota.ShouldBe(2);
        shortlist.CutOffScore.ShouldBe(80m);
        shortlist.Admitted.ShouldBe([apps["甲"].Id, apps["乙"].Id, apps["丙"].Id], ignoreOrder: true);
        (await hr.GetApplicationAsync(apps["丁"].Id)).Stage.ShouldBe(RecruitmentStage.WrittenExam);

        // Act 2: interview scores by import — a file with bad rows changes nothing, a dry run changes nothing, then the import.
        foreach (var name in new[] { "甲", "乙", "丙" })
        {
            await hr.AdvanceAsync(apps[name].Id, "Interview");
        }

        string[] headers = ["身份证号", "笔试成绩", "面试成绩"];
        var bad = ExcelWorkbooks.Build(headers,
            [idNumbers["甲"], null, "70"],
            [CampaignApi.NewIdNumber(), null, "88"],
            [idNumbers["乙"], null, "abc"],
            [idNumbers["丙"], null, "101"],
            [idNumbers["丁"], null, "85"]);
        var good = ExcelWorkbooks.Build(headers, [idNumbers["甲"], null, "70"], [idNumbers["乙"], null, "85"], [idNumbers["丙"], null, "85"]);
        using var badResponse = await hr.UploadScoresAsync(campaign.Id, bad, dryRun: false);
        var badResult = await badResponse.ShouldSucceedAsync<ImportResultDto>();
        var afterBad = await hr.GetApplicationAsync(apps["甲"].Id);
        using var dryResponse = await hr.UploadScoresAsync(campaign.Id, good, dryRun: true);
        var dryResult = await dryResponse.ShouldSucceedAsync<ImportResultDto>();
        var afterDry = await hr.GetApplicationAsync(apps["乙"].Id);
        using var importResponse = await hr.UploadScoresAsync(campaign.Id, good, dryRun: false);
        var imported = await importResponse.ShouldSucceedAsync<ImportResultDto>();

        // Assert 2: rows 3–6 carry their errors (unknown 身份证号, not a number, out of range, not at 面试).
        badResult.ImportedRows.ShouldBe(0);
        badResult.Errors.Select(e => e.Row).Distinct().Order().ShouldBe([3, 4, 5, 6]);
        afterBad.InterviewScore.ShouldBeNull();
        dryResult.Errors.ShouldBeEmpty();
        dryResult.ImportedRows.ShouldBe(0);
        afterDry.InterviewScore.ShouldBeNull();
        imported.Errors.ShouldBeEmpty();
        imported.ImportedRows.ShouldBe(3);
        (await hr.GetApplicationAsync(apps["乙"].Id)).InterviewScore.ShouldBe(85m);

        // Act 3: the ranking ties 乙 and 丙 for the one place; a 加试 decides.
        var rank = $"{CampaignApi.Applications}/rank";
        using var tiedResponse = await hr.PostJsonAsync(rank, new { campaignId = campaign.Id, positionId });
        var tied = await tiedResponse.ShouldSucceedAsync<RankingDto>();
        var flagged = await hr.GetApplicationAsync(apps["乙"].Id);
        using var decidedResponse = await hr.PostJsonAsync(rank, new
        {
            campaignId = campaign.Id,
            positionId,
            extraTestScores = new Dictionary<Guid, decimal> { [apps["乙"].Id] = 90m, [apps["丙"].Id] = 85m },
        });
        var decided = await decidedResponse.ShouldSucceedAsync<RankingDto>();

        // Assert 3
        tied.ProposedHires.ShouldBeEmpty();
        tied.TieAtLastPlace.ShouldBe([apps["乙"].Id, apps["丙"].Id], ignoreOrder: true);
        tied.Ranked.Single(r => r.ApplicationId == apps["甲"].Id).Total.ShouldBe(80m);
        tied.Ranked.Where(r => r.Rank == 1).Select(r => r.Total).ShouldBe([82.50m, 82.50m]);
        flagged.Stage.ShouldBe(RecruitmentStage.Ranked);
        flagged.NeedsExtraTest.ShouldBeTrue();
        decided.ProposedHires.ShouldBe([apps["乙"].Id]);
        decided.Ranked.Select(r => (r.ApplicationId, r.Rank)).ShouldBe([(apps["乙"].Id, 1), (apps["丙"].Id, 2), (apps["甲"].Id, 3)]);
        (await hr.GetApplicationAsync(apps["乙"].Id)).NeedsExtraTest.ShouldBeFalse();

        // Act 4: 乙 fails 体检; 递补 offers the place to the next in rank.
        using var notYet = await hr.PostJsonAsync($"{CampaignApi.Applications}/{apps["乙"].Id}/replace", new { });
        await hr.AdvanceAsync(apps["乙"].Id, "Medical");
        using var fail = await hr.PostJsonAsync($"{CampaignApi.Applications}/{apps["乙"].Id}/fail", new { reason = "体检不合格" });
        await fail.ShouldSucceedAsync();
        using var replaceResponse = await hr.PostJsonAsync($"{CampaignApi.Applications}/{apps["乙"].Id}/replace", new { });
        var replacement = await replaceResponse.ShouldSucceedAsync<ReplacementDto>();
        using var again = await hr.PostJsonAsync($"{CampaignApi.Applications}/{apps["乙"].Id}/replace", new { });

        // Assert 4
        await notYet.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApplicationNotReplaceable);
        replacement.Outcome.ShouldBe(ReplacementOutcome.Selected);
        replacement.Replacement!.Id.ShouldBe(apps["丙"].Id);
        replacement.Replacement.Stage.ShouldBe(RecruitmentStage.Medical);
        replacement.Replacement.ReplacesApplicationId.ShouldBe(apps["乙"].Id);
        await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApplicationNotReplaceable);
        (await hr.GetApplicationAsync(apps["甲"].Id)).Stage.ShouldBe(RecruitmentStage.Ranked);
    }
}

internal static class JsonObjectExtensions
{
    public static System.Text.Json.Nodes.JsonObject Also(this System.Text.Json.Nodes.JsonObject node, Action<System.Text.Json.Nodes.JsonObject> change)
    {
        change(node);
        return node;
    }
}
