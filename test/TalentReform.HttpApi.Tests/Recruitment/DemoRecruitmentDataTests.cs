using TalentReform.Dtos;
using TalentReform.Planning;
using TalentReform.Staffing;
using TalentReform.Talents;

namespace TalentReform.Recruitment;

/// <summary>
/// The demo's recruitment year per zone, read through the API as HR sees it: a finished campaign whose hires are on
/// their posts with talent profiles and entitlements, places reduced and a position cancelled by the 开考比例, a 递补
/// after a failed 体检; a campaign at the interview stage with everyone tied at the cut-off admitted; a campaign open
/// for registration today; an active 编制周转池 loan with its person seated.
/// </summary>
public class DemoRecruitmentDataTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    private const string Campaigns = CampaignApi.Campaigns;
    private const string Applications = CampaignApi.Applications;

    public static TheoryData<string> ZoneHrs => [TestData.Users.DalianHr, TestData.Users.ChengdeHr, TestData.Users.JiangyinHr];

    [Theory]
    [MemberData(nameof(ZoneHrs))]
    public async Task The_finished_campaign_hired_onto_vacant_posts_with_profiles_and_benefits_after_reductions_a_cancel_and_a_replacement(string user)
    {
        using var hr = await factory.CreateClientAsync(user);
        var campaign = (await hr.GetJsonAsync<List<RecruitmentCampaignDto>>(Campaigns)).Single(c => c.Status == RecruitmentCampaignStatus.Closed);
        var applications = await hr.GetJsonAsync<List<ApplicationDto>>($"{Applications}?campaignId={campaign.Id}");

        // 开考比例 1:3: A01 met (18 applied, 2 failed 资格初审), A02 cut from 2 places to 1 (5 qualified), A03 cancelled (2 qualified).
        var byCode = campaign.Positions.ToDictionary(p => p.Code);
        (byCode["A01"].Places, byCode["A01"].IsCancelled, byCode["A01"].OpeningRatioQualifiedApplicants).ShouldBe((1, false, (int?)16));
        (byCode["A02"].PlacesBeforeOpeningRatio, byCode["A02"].Places, byCode["A02"].IsCancelled, byCode["A02"].OpeningRatioQualifiedApplicants)
            .ShouldBe(((int?)2, 1, false, (int?)5));
        (byCode["A03"].PlacesBeforeOpeningRatio, byCode["A03"].IsCancelled, byCode["A03"].OpeningRatioQualifiedApplicants).ShouldBe(((int?)1, true, (int?)2));
        applications.Count(a => a.PositionId == byCode["A01"].Id).ShouldBe(18);
        applications.Where(a => a.Status == ApplicationStatus.Failed && a.FailedAtStage == RecruitmentStage.Registered)
            .ShouldAllBe(a => a.Degree == EducationDegree.JuniorCollege);

        // 递补: A01's first in rank failed 体检; the second replaced them and was hired.
        var a01 = applications.Where(a => a.PositionId == byCode["A01"].Id && a.Rank != null).OrderBy(a => a.Rank).ToList();
        (a01[0].Status, a01[0].FailedAtStage).ShouldBe((ApplicationStatus.Failed, (RecruitmentStage?)RecruitmentStage.Medical));
        (a01[1].Status, a01[1].ReplacesApplicationId).ShouldBe((ApplicationStatus.Hired, (Guid?)a01[0].Id));
        a01.Skip(2).ShouldAllBe(a => a.Status == ApplicationStatus.Active && a.Stage == RecruitmentStage.Ranked);

        // Each hire: on the position's post (filled), a regular slot inside the quota, a profile of the person, benefits matched.
        var hires = await hr.GetJsonAsync<List<HireDto>>($"/api/app/hires?campaignId={campaign.Id}");
        hires.Select(h => h.ApplicationId).OrderBy(id => id).ShouldBe(applications.Where(a => a.Status == ApplicationStatus.Hired).Select(a => a.Id).OrderBy(id => id));
        hires.Count.ShouldBe(2);
        foreach (var hire in hires)
        {
            hire.PostId.ShouldBe(campaign.Positions.Single(p => p.Id == hire.PositionId).PostId);
            (hire.SeatKind, hire.ProbationMonths, hire.UserId).ShouldBe((HireSeatKind.Regular, 12, (Guid?)null));
            (await hr.GetJsonAsync<PostDto>($"/api/app/posts/{hire.PostId}")).Status.ShouldBe(PostStatus.Filled);
            var profile = await hr.GetJsonAsync<TalentProfileDto>($"/api/app/talent-profiles/{hire.TalentProfileId}");
            (profile.PersonId, profile.EmployerInZone).ShouldBe(((Guid?)hire.PersonId, true));
            profile.SocialInsuranceMonths.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(6);
            var entitlements = await hr.GetJsonAsync<PagedResultDto<EntitlementDto>>($"/api/app/entitlements?profileId={hire.TalentProfileId}");
            entitlements.Items.ShouldContain(e => e.RuleCode == "living");
        }

        // Inside the quota: no unit×type of the hires holds more regular seats than its 编制.
        var seats = await hr.GetJsonAsync<ListResultDto<UnitSeatsDto>>("/api/app/staffing-pool/seats");
        foreach (var hire in hires)
        {
            var seat = seats.Items.Single(s => s.OrgUnitId == hire.OrgUnitId && s.StaffingType == campaign.Positions.Single(p => p.Id == hire.PositionId).StaffingType);
            seat.RegularOccupied.ShouldBeLessThanOrEqualTo(seat.RegularQuota);
        }
    }

    [Theory]
    [MemberData(nameof(ZoneHrs))]
    public async Task The_interview_campaign_admitted_everyone_tied_at_the_written_cut_off_and_waits_for_the_interviews(string user)
    {
        using var hr = await factory.CreateClientAsync(user);
        var today = PlanningApi.TodayInChina;
        var campaign = (await hr.GetJsonAsync<List<RecruitmentCampaignDto>>(Campaigns))
            .Single(c => c.Status == RecruitmentCampaignStatus.Published && c.WrittenExamOn < today);
        campaign.InterviewOn.ShouldNotBeNull().ShouldBeGreaterThan(today);
        var position = campaign.Positions.Single(p => p.Code == "B01");
        var applications = await hr.GetJsonAsync<List<ApplicationDto>>($"{Applications}?campaignId={campaign.Id}&positionId={position.Id}");
        applications.Count.ShouldBeInRange(8, 30);

        // 2 places × 1:3 = 6, and the seventh scored the same as the sixth: both go on (末位并列，一并进入).
        var admitted = applications.Where(a => a.Stage == RecruitmentStage.QualificationRechecked).ToList();
        var cutOff = admitted.Min(a => a.WrittenScore!.Value);
        admitted.Count.ShouldBe((position.Places * position.Scoring.InterviewRatio!.Value) + 1);
        admitted.Count(a => a.WrittenScore == cutOff).ShouldBe(2);
        var notAdmitted = applications.Where(a => a.Status == ApplicationStatus.Active && a.Stage == RecruitmentStage.WrittenExam).ToList();
        notAdmitted.ShouldNotBeEmpty();
        notAdmitted.ShouldAllBe(a => a.WrittenScore < cutOff);
        applications.ShouldAllBe(a => a.InterviewScore == null);
    }

    [Theory]
    [MemberData(nameof(ZoneHrs))]
    public async Task The_open_campaign_accepts_a_registration_today_and_its_applicants_have_valid_id_numbers(string user)
    {
        using var hr = await factory.CreateClientAsync(user);
        var today = PlanningApi.TodayInChina;
        var campaign = (await hr.GetJsonAsync<List<RecruitmentCampaignDto>>(Campaigns))
            .Single(c => c.Status == RecruitmentCampaignStatus.Published && c.RegistrationStart <= today && today <= c.RegistrationEnd);
        var registered = await hr.GetJsonAsync<List<ApplicationDto>>($"{Applications}?campaignId={campaign.Id}");
        registered.Count.ShouldBeGreaterThanOrEqualTo(8);

        // GB 11643: the check character of every seeded 身份证号 (HR sees them whole).
        registered.ShouldAllBe(a => a.IdNumber.Length == 18 && a.IdNumber[17] == CheckCharacter(a.IdNumber));

        using var response = await hr.PostJsonAsync(Applications, CampaignApi.Registration(campaign, CampaignApi.NewIdNumber(), "周新报"));
        var application = (await response.ShouldSucceedAsync<ApplicationRegistrationDto>()).Application;
        (application.CampaignId, application.Stage).ShouldBe((campaign.Id, RecruitmentStage.Registered));
    }

    [Theory]
    [MemberData(nameof(ZoneHrs))]
    public async Task One_pool_loan_is_active_with_its_talent_seated_on_the_pool_slot(string user)
    {
        using var hr = await factory.CreateClientAsync(user);
        var active = (await hr.GetJsonAsync<PagedResultDto<PoolLoanDto>>("/api/app/staffing-pool/loans?status=Active")).Items.ShouldHaveSingleItem();
        (active.SlotCode, active.Tier, active.IsOverdue).ShouldBe(("ZZ-002", (TalentTierLevel?)TalentTierLevel.B, false));
        active.PersonId.ShouldNotBeNull();
        active.AppointmentId.ShouldNotBeNull();
        active.ApprovalProcessId.ShouldNotBeNull();
        var slot = (await hr.GetJsonAsync<ListResultDto<StaffingPoolSlotDto>>("/api/app/staffing-pool/slots")).Items.Single(s => s.Code == "ZZ-002");
        (slot.Status, slot.CurrentLoanId).ShouldBe((StaffingPoolSlotStatus.Lent, (Guid?)active.Id));

        // The pool seat is counted apart from the unit's quota.
        var seat = (await hr.GetJsonAsync<ListResultDto<UnitSeatsDto>>("/api/app/staffing-pool/seats")).Items
            .Single(s => s.OrgUnitId == active.BorrowingUnitId && s.StaffingType == StaffingType.PublicInstitution);
        seat.PoolSlotsInUse.ShouldBe(1);
    }

    private static char CheckCharacter(string idNumber)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = idNumber.Take(17).Select((c, i) => (c - '0') * weights[i]).Sum();
        return "10X98765432"[sum % 11];
    }
}
