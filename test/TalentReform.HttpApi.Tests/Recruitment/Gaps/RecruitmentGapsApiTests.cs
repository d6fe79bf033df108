using System.Net;
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

    private static StringContent Json(System.Text.Json.Nodes.JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
