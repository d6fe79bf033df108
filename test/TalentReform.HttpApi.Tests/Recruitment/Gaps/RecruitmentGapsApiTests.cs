using System.Net;
using TalentReform.Excel;
using TalentReform.Organization;
using TalentReform.Planning;
using static TalentReform.Recruitment.RecruitmentPlanPoolApi;

namespace TalentReform.Recruitment;

/// <summary>
/// The round-3 rule gaps over HTTP: pending hires in the 空编 check, campaigns held to their approved plan, examiner
/// recusal in score entry, stored 回避 flags.
/// </summary>
public class RecruitmentGapsApiTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task Candidates_in_medical_assessment_or_publicity_hold_their_places_so_a_plan_over_what_is_left_is_refused()
    {
        // The unit has exactly 1 free 事业编 slot and 2 candidates at 考察 (one per position of 1 place): 1 − 2 → 0 free.
        var scenario = await HireScenario.CreateAsync(factory, "7");
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);

        var plan = await hr.CreatePlanAsync(Line(scenario.OrgUnitId, 1));
        using var submit = await hr.PostJsonAsync($"{Plans}/{plan.Id}/submit", new { });

        var line = plan.Lines.ShouldHaveSingleItem();
        (line.PendingHires, line.Free, line.Exceeds).ShouldBe((2, 0, true));
        await submit.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.RecruitmentPlanOverVacancy);
        (await hr.GetJsonAsync<RecruitmentPlanDto>($"{Plans}/{plan.Id}")).Status.ShouldBe(RecruitmentPlanStatus.Draft);
    }

    [Fact]
    public async Task A_campaign_needs_an_approved_plan_positions_on_its_lines_and_places_within_each_line_over_every_campaign()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var today = PlanningApi.TodayInChina;
        var unit = await hr.UnitWithQuotaAsync(2);
        var draftPlan = await hr.CreatePlanAsync(Line(unit.Id, 2));
        var onDraft = new ApprovedLine(draftPlan.Id, draftPlan.Lines[0].Id, unit.Id, 2);
        var approved = await factory.ApprovedPlanLineAsync(hr, places: 2);

        using var draftRefused = await hr.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(today, onDraft));
        using var unknownPlan = await hr.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(today));
        using var otherLine = await hr.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(today, approved with { LineId = Guid.NewGuid() }));
        using var otherUnit = await hr.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(today, approved with { OrgUnitId = unit.Id }));
        using var tooMany = await hr.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(today, approved, places: 3));
        using var first = await hr.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(today, approved, places: 1));
        using var second = await hr.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(today, approved, places: 1));
        using var third = await hr.PostJsonAsync(CampaignApi.Campaigns, CampaignApi.CampaignBody(today, approved, places: 1));

        var notApproved = await draftRefused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CampaignPlanNotApproved);
        notApproved.Detail!.ShouldContain(draftPlan.Number);
        unknownPlan.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await otherLine.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CampaignPlanLineNotInPlan);
        await otherUnit.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CampaignPositionPlanLineMismatch);
        await tooMany.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CampaignPlanLinePlacesExceeded);
        var firstCampaign = await first.ShouldSucceedAsync<RecruitmentCampaignDto>();
        var secondCampaign = await second.ShouldSucceedAsync<RecruitmentCampaignDto>();

        // The line's 2 places are used by the two campaigns: a third is refused, naming the places used elsewhere.
        var over = await third.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CampaignPlanLinePlacesExceeded);
        over.Detail!.ShouldContain("2");

        // Raising a draft's places past the line is refused on update too; cancelling the other campaign frees its place.
        var update = System.Text.Json.JsonSerializer.SerializeToNode(CampaignApi.CampaignBody(today, approved, places: 2), HttpJson.Options)!.AsObject();
        update.Remove("recruitmentPlanId");
        using var raised = await hr.PutAsync($"{CampaignApi.Campaigns}/{secondCampaign.Id}", Json(update));
        await raised.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.CampaignPlanLinePlacesExceeded);
        using var cancelled = await hr.PostJsonAsync($"{CampaignApi.Campaigns}/{firstCampaign.Id}/cancel", new { reason = "计划调整" });
        await cancelled.ShouldSucceedAsync();
        using var raisedAgain = await hr.PutAsync($"{CampaignApi.Campaigns}/{secondCampaign.Id}", Json(update));
        (await raisedAgain.ShouldSucceedAsync<RecruitmentCampaignDto>()).Positions.ShouldHaveSingleItem().Places.ShouldBe(2);
    }

    [Fact]
    public async Task Examiners_are_registered_per_campaign_and_one_related_to_the_candidate_may_not_score_singly_or_by_import()
    {
        // Arrange: a candidate at 笔试; K01 declared the candidate as spouse, K02 declared no relation.
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        var campaign = await factory.PublishedCampaignAsync(hr, places: 1, openingRatio: 1);
        var idNumber = CampaignApi.NewIdNumber();
        using var registered = await hr.PostJsonAsync(CampaignApi.Applications, CampaignApi.Registration(campaign, idNumber, "孙八"));
        var application = (await registered.ShouldSucceedAsync<ApplicationRegistrationDto>()).Application;
        await hr.AdvanceAsync(application.Id, "QualificationPassed");
        using var ratio = await hr.PostJsonAsync($"{CampaignApi.Campaigns}/{campaign.Id}/positions/{campaign.Positions[0].Id}/opening-ratio", new { });
        await ratio.ShouldSucceedAsync();
        await hr.AdvanceAsync(application.Id, "WrittenExam");
        var examiners = $"{CampaignApi.Campaigns}/{campaign.Id}/examiners";
        var relatedIdNumber = CampaignApi.NewIdNumber();
        using var addRelated = await hr.PostJsonAsync(examiners, new
        {
            code = "k01", name = "周考官", idNumber = relatedIdNumber, organization = "大连理工大学",
            relatives = new[] { new { relation = "Spouse", name = "孙八", idNumber } },
        });
        var related = await addRelated.ShouldSucceedAsync<CampaignExaminerDto>();
        using var addOther = await hr.PostJsonAsync(examiners, new { code = "K02", name = "吴考官", idNumber = CampaignApi.NewIdNumber() });
        var other = await addOther.ShouldSucceedAsync<CampaignExaminerDto>();

        // Act
        using var duplicate = await hr.PostJsonAsync(examiners, new { code = "K01", name = "郑考官", idNumber = CampaignApi.NewIdNumber() });
        using var leaderAdds = await leader.PostJsonAsync(examiners, new { code = "K03", name = "王考官", idNumber = CampaignApi.NewIdNumber() });
        var leaderList = await leader.GetJsonAsync<List<CampaignExaminerDto>>(examiners);
        using var chengdeList = await chengde.GetAsync(examiners);
        var score = $"{CampaignApi.Applications}/{application.Id}/written-score";
        using var byRelated = await hr.PutJsonAsync(score, new { score = 80, examinerIds = new[] { other.Id, related.Id } });
        using var unnamed = await hr.PutJsonAsync(score, new { score = 80 });
        using var unregistered = await hr.PutJsonAsync(score, new { score = 80, examinerIds = new[] { Guid.NewGuid() } });
        using var imported = await hr.UploadScoresAsync(campaign.Id, ExcelWorkbooks.Build(["身份证号", "笔试成绩", "面试成绩", "评分考官编号"], [idNumber, "81", null, "K02、K01"]), dryRun: false);
        var importResult = await imported.ShouldSucceedAsync<ImportResultDto>();
        var afterRefusals = await hr.GetApplicationAsync(application.Id);
        var scored = await hr.ScoreAsync(application.Id, "written", 80m, other.Id);
        using var removeScored = await hr.DeleteAsync($"{examiners}/{other.Id}");
        using var removeRelated = await hr.DeleteAsync($"{examiners}/{related.Id}");

        // Assert
        (related.Code, related.IdNumber, related.Relatives.Single().IdNumber).ShouldBe(("K01", relatedIdNumber, idNumber));
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ExaminerCodeDuplicate);
        leaderAdds.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        leaderList.Select(e => e.Code).ShouldBe(["K01", "K02"]);
        leaderList[0].IdNumber.ShouldContain("*");
        leaderList[0].Relatives.Single().IdNumber.ShouldContain("*");
        chengdeList.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await byRelated.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ExaminerMustRecuse);
        await unnamed.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ExaminersRequired);
        await unregistered.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ExaminerNotRegistered);
        importResult.ImportedRows.ShouldBe(0);
        importResult.Errors.ShouldHaveSingleItem().Row.ShouldBe(2);
        afterRefusals.WrittenScore.ShouldBeNull();
        scored.WrittenScore.ShouldBe(80m);
        scored.WrittenExaminerIds.ShouldBe([other.Id]);
        await removeScored.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ExaminerHasScored);
        removeRelated.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await hr.GetJsonAsync<List<CampaignExaminerDto>>(examiners)).ShouldHaveSingleItem().Id.ShouldBe(other.Id);
    }

    [Fact]
    public async Task A_same_unit_relative_is_stored_as_a_flag_with_relation_and_unit_and_hr_marks_it_reviewed_once()
    {
        // Arrange
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        var campaign = await factory.PublishedCampaignAsync(hr);
        var unitId = campaign.Positions[0].OrgUnitId;
        object[] relatives = [new { relation = "Spouse", name = "赵六", orgUnitId = unitId, unitName = "科创中心", leadsUnit = false }];
        using var flaggedResponse = await hr.PostJsonAsync(CampaignApi.Applications, CampaignApi.Registration(campaign, CampaignApi.NewIdNumber(), "钱七", relatives));
        var flagged = (await flaggedResponse.ShouldSucceedAsync<ApplicationRegistrationDto>()).Application;
        var clean = await hr.RegisterAsync(campaign, "李九");
        var review = $"{CampaignApi.Applications}/{flagged.Id}/avoidance-review";

        // Act
        var leaderReads = await leader.GetApplicationAsync(flagged.Id);
        using var leaderReviews = await leader.PostJsonAsync(review, new { note = "同意" });
        using var reviewed = await hr.PostJsonAsync(review, new { note = "非直接上下级，同意报考" });
        using var again = await hr.PostJsonAsync(review, new { });
        using var nothingFlagged = await hr.PostJsonAsync($"{CampaignApi.Applications}/{clean.Id}/avoidance-review", new { });

        // Assert
        flagged.NeedsAvoidanceReview.ShouldBeTrue();
        var relative = leaderReads.Relatives.ShouldHaveSingleItem();
        (relative.AvoidanceFlag, relative.Relation, relative.OrgUnitId, relative.UnitName).ShouldBe((AvoidanceReason.SameUnit, KinshipRelation.Spouse, unitId, "科创中心"));
        leaderReviews.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var after = await reviewed.ShouldSucceedAsync<ApplicationDto>();
        after.NeedsAvoidanceReview.ShouldBeFalse();
        after.AvoidanceReviewedAt.ShouldNotBeNull();
        after.AvoidanceReviewedBy.ShouldNotBeNull();
        after.AvoidanceReviewerName.ShouldNotBeNullOrWhiteSpace();
        after.AvoidanceReviewNote.ShouldBe("非直接上下级，同意报考");
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.ApplicationAvoidanceAlreadyReviewed);
        await nothingFlagged.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.ApplicationNoAvoidanceFlag);
        clean.NeedsAvoidanceReview.ShouldBeFalse();
    }

    private static StringContent Json(System.Text.Json.Nodes.JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
