using System.Net;
using TalentReform.Dtos;
using TalentReform.Organization;
using TalentReform.Planning;
using TalentReform.Staffing;
using static TalentReform.Recruitment.RecruitmentPlanPoolApi;

namespace TalentReform.Recruitment;

/// <summary>
/// Recruitment plans within 空编 and the 编制周转池 over HTTP: the vacancy check with its numbers, approval through the
/// engine's inbox, 备案 and close; pool loans refused to a unit with vacancies, one winner of two requests for one slot,
/// seating on the slot and the return onto a regular slot with the history kept; permissions, zone isolation, bad input.
/// </summary>
public class RecruitmentPlanPoolApiTests(TalentReformWebApplicationFactory factory) : IClassFixture<TalentReformWebApplicationFactory>
{
    [Fact]
    public async Task A_plan_over_the_units_vacancies_is_refused_with_the_numbers_counting_other_open_plans()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.UseLeaderRouteAsync("RecruitmentPlan");
        var unit = await hr.UnitWithQuotaAsync(2);

        var first = await hr.CreatePlanAsync(Line(unit.Id, 2));
        var line = first.Lines.ShouldHaveSingleItem();
        (line.Quota, line.Occupied, line.ReservedByOtherPlans, line.Free, line.AskedInPlan, line.Exceeds).ShouldBe((2, 0, 0, 2, 2, false));
        using var submitted = await hr.PostJsonAsync($"{Plans}/{first.Id}/submit", new { });
        (await submitted.ShouldSucceedAsync<RecruitmentPlanDto>()).Status.ShouldBe(RecruitmentPlanStatus.Submitted);

        // The first plan holds both places: a second one asking for one more is shown over and refused.
        var second = await hr.CreatePlanAsync(Line(unit.Id, 1));
        var held = second.Lines.ShouldHaveSingleItem();
        (held.Quota, held.ReservedByOtherPlans, held.Free, held.Exceeds).ShouldBe((2, 2, 0, true));
        using var refused = await hr.PostJsonAsync($"{Plans}/{second.Id}/submit", new { });
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.RecruitmentPlanOverVacancy);
        problem.Detail!.ShouldContain(unit.NameZh);
        problem.Detail!.ShouldContain("2");
        (await hr.GetJsonAsync<RecruitmentPlanDto>($"{Plans}/{second.Id}")).Status.ShouldBe(RecruitmentPlanStatus.Draft);
    }

    [Fact]
    public async Task A_submitted_plan_is_approved_through_the_inbox_then_filed_and_closed_which_frees_its_places()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        await hr.UseLeaderRouteAsync("RecruitmentPlan");
        var unit = await hr.UnitWithQuotaAsync(1);
        var plan = await hr.CreatePlanAsync(Line(unit.Id, 1));
        using var submit = await hr.PostJsonAsync($"{Plans}/{plan.Id}/submit", new { });
        await submit.ShouldSucceedAsync();

        var item = (await leader.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals)).Single(i => i.DocumentId == plan.Id);
        item.DocumentKind.ShouldBe("RecruitmentPlan");
        item.Link.ShouldBe($"/recruitment-plans/{plan.Id}");
        item.DocumentNumber.ShouldBe(plan.Number);
        using var byHr = await hr.PostJsonAsync($"{Plans}/approvals/{item.StepId}/decide", new { decision = "Approve" });
        byHr.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var decided = await leader.PostJsonAsync($"{Plans}/approvals/{item.StepId}/decide", new { decision = "Approve", comment = "同意" });
        var approved = await decided.ShouldSucceedAsync<RecruitmentPlanDto>();
        approved.Status.ShouldBe(RecruitmentPlanStatus.Approved);

        using var early = await hr.PostJsonAsync($"{Plans}/{plan.Id}/filing", new { filingNumber = "人社备〔2026〕1号", filedOn = "2020-01-01" });
        await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.RecruitmentPlanFilingInvalid);
        using var filing = await hr.PostJsonAsync($"{Plans}/{plan.Id}/filing", new { filingNumber = "人社备〔2026〕1号", filedOn = PlanningApi.TodayInChina.AddDays(1) });
        var filed = await filing.ShouldSucceedAsync<RecruitmentPlanDto>();
        (filed.Status, filed.FilingNumber).ShouldBe((RecruitmentPlanStatus.Filed, "人社备〔2026〕1号"));

        var next = await hr.CreatePlanAsync(Line(unit.Id, 1));
        next.Lines[0].ReservedByOtherPlans.ShouldBe(1);
        using var close = await hr.PostJsonAsync($"{Plans}/{plan.Id}/close", new { });
        (await close.ShouldSucceedAsync<RecruitmentPlanDto>()).Status.ShouldBe(RecruitmentPlanStatus.Closed);
        (await hr.GetJsonAsync<RecruitmentPlanDto>($"{Plans}/{next.Id}")).Lines[0].Free.ShouldBe(1);

        var list = await hr.GetJsonAsync<PagedResultDto<RecruitmentPlanListItemDto>>($"{Plans}?year=2027&status=Closed&maxResultCount=1000");
        list.Items.ShouldContain(p => p.Id == plan.Id);
        list.Items.ShouldAllBe(p => p.Status == RecruitmentPlanStatus.Closed && p.Year == 2027);
    }

    [Fact]
    public async Task Leaders_read_talents_and_anonymous_are_refused_and_another_zone_sees_nothing()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var talent = await factory.CreateClientAsync(TestData.Users.DalianTalent);
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        using var anonymous = factory.CreateClient();
        var unit = await hr.UnitWithQuotaAsync(1);
        var plan = await hr.CreatePlanAsync(Line(unit.Id, 1));
        var slot = await hr.CreateSlotAsync();

        (await leader.GetJsonAsync<RecruitmentPlanDto>($"{Plans}/{plan.Id}")).Id.ShouldBe(plan.Id);
        (await leader.GetJsonAsync<ListResultDto<StaffingPoolSlotDto>>($"{Pool}/slots")).Items.ShouldContain(s => s.Id == slot.Id);
        (await leader.GetJsonAsync<ListResultDto<UnitSeatsDto>>($"{Pool}/seats")).Items.ShouldContain(s => s.OrgUnitId == unit.Id);
        using var leaderCreates = await leader.PostJsonAsync(Plans, new { year = 2027, title = "x", lines = Array.Empty<object>() });
        using var leaderSlot = await leader.PostJsonAsync($"{Pool}/slots", new { code = "X", name = "x" });
        using var leaderLoan = await leader.PostJsonAsync($"{Pool}/loans", LoanRequest(slot.Id, unit.Id));
        using var talentReads = await talent.GetAsync(Plans);
        using var talentSeats = await talent.GetAsync($"{Pool}/seats");
        using var anonymousReads = await anonymous.GetAsync(Plans);
        leaderCreates.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        leaderSlot.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        leaderLoan.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        talentReads.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        talentSeats.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymousReads.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var chengdeReads = await chengde.GetAsync($"{Plans}/{plan.Id}");
        using var chengdeSubmits = await chengde.PostJsonAsync($"{Plans}/{plan.Id}/submit", new { });
        using var chengdeDeletesSlot = await chengde.DeleteAsync($"{Pool}/slots/{slot.Id}");
        using var chengdeBorrows = await chengde.PostJsonAsync($"{Pool}/loans", LoanRequest(slot.Id, unit.Id));
        chengdeReads.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        chengdeSubmits.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        chengdeDeletesSlot.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        chengdeBorrows.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await chengde.GetJsonAsync<PagedResultDto<RecruitmentPlanListItemDto>>($"{Plans}?maxResultCount=1000")).Items.ShouldNotContain(p => p.Id == plan.Id);
        (await chengde.GetJsonAsync<ListResultDto<StaffingPoolSlotDto>>($"{Pool}/slots")).Items.ShouldNotContain(s => s.Id == slot.Id);
    }

    [Fact]
    public async Task Bad_input_is_refused_and_nothing_changes()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.UnitWithQuotaAsync(1);
        var otherUnit = await hr.UnitWithQuotaAsync(0);
        var post = await hr.CreatePostAsync(otherUnit.Id, StaffingType.PublicInstitution);
        var before = (await hr.GetJsonAsync<PagedResultDto<RecruitmentPlanListItemDto>>($"{Plans}?maxResultCount=1")).TotalCount;

        using var noPlaces = await hr.PostJsonAsync(Plans, new { year = 2027, title = "x", lines = new[] { Line(unit.Id, 0) } });
        using var noTitle = await hr.PostJsonAsync(Plans, new { year = 2027, title = "", lines = Array.Empty<object>() });
        using var unknownUnit = await hr.PostJsonAsync(Plans, new { year = 2027, title = "x", lines = new[] { Line(Guid.NewGuid(), 1) } });
        using var postElsewhere = await hr.PostJsonAsync(Plans, new
        {
            year = 2027, title = "x", lines = new[] { new { orgUnitId = unit.Id, postId = post.Id, staffingType = "PublicInstitution", places = 1 } },
        });
        noPlaces.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noTitle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknownUnit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await postElsewhere.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.RecruitmentPlanLinePostMismatch);
        (await hr.GetJsonAsync<PagedResultDto<RecruitmentPlanListItemDto>>($"{Plans}?maxResultCount=1")).TotalCount.ShouldBe(before);

        // A stale copy is refused (409); an empty plan cannot be submitted; a line is replaced by id, the rest removed.
        var plan = await hr.CreatePlanAsync(Line(unit.Id, 1), Line(unit.Id, 1));
        using var updated = await hr.PutJsonAsync(
            $"{Plans}/{plan.Id}", new { title = "改", concurrencyStamp = plan.ConcurrencyStamp, lines = new[] { Line(unit.Id, 1, plan.Lines[1].Id) } });
        var kept = await updated.ShouldSucceedAsync<RecruitmentPlanDto>();
        kept.Lines.ShouldHaveSingleItem().Id.ShouldBe(plan.Lines[1].Id);
        using var stale = await hr.PutJsonAsync($"{Plans}/{plan.Id}", new { title = "再改", concurrencyStamp = plan.ConcurrencyStamp, lines = Array.Empty<object>() });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var empty = await hr.CreatePlanAsync();
        await hr.UseLeaderRouteAsync("RecruitmentPlan");
        using var submitEmptyRouted = await hr.PostJsonAsync($"{Plans}/{empty.Id}/submit", new { });
        await submitEmptyRouted.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.RecruitmentPlanHasNoLines);
        using var delete = await hr.DeleteAsync($"{Plans}/{empty.Id}");
        delete.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await hr.GetAsync($"{Plans}/{empty.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_unit_with_vacancies_of_the_type_cannot_borrow_from_the_pool()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        var unit = await hr.UnitWithQuotaAsync(1);
        var slot = await hr.CreateSlotAsync();

        using var refused = await hr.PostJsonAsync($"{Pool}/loans", LoanRequest(slot.Id, unit.Id));
        using var tierD = await hr.PostJsonAsync($"{Pool}/loans", LoanRequest(slot.Id, (await hr.UnitWithQuotaAsync(0)).Id, tier: "D"));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PoolLoanUnitHasVacancy);
        problem.Detail!.ShouldContain(unit.NameZh);
        await tierD.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TalentReformErrorCodes.PoolLoanNotEligible);
        (await hr.GetJsonAsync<PagedResultDto<PoolLoanDto>>($"{Pool}/loans?slotId={slot.Id}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Of_two_requests_for_one_slot_submitted_at_once_exactly_one_wins()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var other = await factory.CreateClientAsync(TestData.Users.DalianHr);
        await hr.UseLeaderRouteAsync("PoolLoan");
        var slot = await hr.CreateSlotAsync();
        var loans = new List<PoolLoanDto>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var requested = await hr.PostJsonAsync($"{Pool}/loans", LoanRequest(slot.Id, (await hr.UnitWithQuotaAsync(0)).Id));
            loans.Add(await requested.ShouldSucceedAsync<PoolLoanDto>());
        }

        var responses = await Task.WhenAll(
            hr.PostJsonAsync($"{Pool}/loans/{loans[0].Id}/submit", new { }), other.PostJsonAsync($"{Pool}/loans/{loans[1].Id}/submit", new { }));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        var stored = await hr.GetJsonAsync<PagedResultDto<PoolLoanDto>>($"{Pool}/loans?slotId={slot.Id}");
        stored.Items.Count(l => l.Status == PoolLoanStatus.Requested).ShouldBe(1);
        stored.Items.Count(l => l.Status == PoolLoanStatus.Draft).ShouldBe(1);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task An_approved_loan_seats_its_person_on_the_slot_and_a_vacancy_returns_it_with_the_history_kept()
    {
        using var hr = await factory.CreateClientAsync(TestData.Users.DalianHr);
        using var leader = await factory.CreateClientAsync(TestData.Users.DalianLeader);
        using var chengde = await factory.CreateClientAsync(TestData.Users.ChengdeHr);
        await hr.UseLeaderRouteAsync("PoolLoan");
        var unit = await hr.UnitWithQuotaAsync(0);
        var post = await hr.CreatePostAsync(unit.Id, StaffingType.PublicInstitution);
        var person = await hr.CreatePersonAsync(TestData.UniqueName("张高才"));
        var slot = await hr.CreateSlotAsync();
        using var request = await hr.PostJsonAsync($"{Pool}/loans", LoanRequest(slot.Id, unit.Id, person.Id));
        var loan = await request.ShouldSucceedAsync<PoolLoanDto>();
        using var submit = await hr.PostJsonAsync($"{Pool}/loans/{loan.Id}/submit", new { });
        await submit.ShouldSucceedAsync();

        var item = (await leader.GetJsonAsync<List<ApprovalInboxItemDto>>(PlanningApi.Approvals)).Single(i => i.DocumentId == loan.Id);
        (item.DocumentKind, item.Link).ShouldBe(("PoolLoan", $"/staffing-pool/loans/{loan.Id}"));
        using var decide = await leader.PostJsonAsync($"{Pool}/loans/approvals/{item.StepId}/decide", new { decision = "Approve" });
        (await decide.ShouldSucceedAsync<PoolLoanDto>()).Status.ShouldBe(PoolLoanStatus.Approved);
        using var activate = await hr.PostJsonAsync($"{Pool}/loans/{loan.Id}/activate", new { personId = person.Id, postId = post.Id, startOn = "2026-12-01" });
        var active = await activate.ShouldSucceedAsync<PoolLoanDto>();
        (active.Status, active.StartedOn, active.TermEnd).ShouldBe((PoolLoanStatus.Active, new DateOnly(2026, 12, 1), new DateOnly(2029, 11, 30)));
        (await SeatsAsync(hr, unit.Id)).ShouldBe((0, 0, 1));
        (await hr.GetJsonAsync<ListResultDto<StaffingPoolSlotDto>>($"{Pool}/slots")).Items.Single(s => s.Id == slot.Id).Status.ShouldBe(StaffingPoolSlotStatus.Lent);
        using var chengdeReads = await chengde.GetAsync($"{Pool}/loans/{loan.Id}");
        chengdeReads.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // No regular vacancy yet: nothing to return onto.
        using var early = await hr.PostJsonAsync($"{Pool}/loans/{loan.Id}/return", new { on = "2027-01-04" });
        await early.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.PoolLoanNoRegularVacancy);

        // 有编即还: the unit gets a regular slot; the person moves onto it, the pool slot comes back.
        await hr.CreateStaffingQuotaAsync(unit.Id, StaffingType.PublicInstitution, 1);
        using var returned = await hr.PostJsonAsync($"{Pool}/loans/{loan.Id}/return", new { on = "2027-01-04" });
        var back = await returned.ShouldSucceedAsync<PoolLoanDto>();
        (back.Status, back.ReturnedOn, back.ReturnPostId).ShouldBe((PoolLoanStatus.Returned, new DateOnly(2027, 1, 4), post.Id));
        back.ReturnAppointmentId.ShouldNotBeNull().ShouldNotBe(active.AppointmentId!.Value);
        back.AppointmentId.ShouldBe(active.AppointmentId);
        (await SeatsAsync(hr, unit.Id)).ShouldBe((1, 1, 0));
        (await hr.GetJsonAsync<ListResultDto<StaffingPoolSlotDto>>($"{Pool}/slots")).Items.Single(s => s.Id == slot.Id).Status.ShouldBe(StaffingPoolSlotStatus.Free);

        var history = (await hr.GetJsonAsync<PagedResultDto<AppointmentDto>>($"{OrganizationApi.Appointments}?personId={person.Id}")).Items;
        history.Count.ShouldBe(2);
        history.Single(a => a.Id == active.AppointmentId).EndedOn.ShouldBe(new DateOnly(2027, 1, 3));
        history.Single(a => a.Id == back.ReturnAppointmentId).EndedOn.ShouldBeNull();

        // The slot's loans are its history: it stays.
        using var delete = await hr.DeleteAsync($"{Pool}/slots/{slot.Id}");
        await delete.ShouldBeProblemAsync(HttpStatusCode.Conflict, TalentReformErrorCodes.PoolSlotHasLoans);
        (await hr.GetJsonAsync<ListResultDto<PoolLoanDto>>($"{Pool}/loans/overdue")).Items.ShouldNotContain(l => l.Id == loan.Id);
    }

    private static async Task<(int Quota, int Occupied, int Pool)> SeatsAsync(HttpClient hr, Guid unitId)
    {
        var seats = (await hr.GetJsonAsync<ListResultDto<UnitSeatsDto>>($"{Pool}/seats")).Items
            .Single(s => s.OrgUnitId == unitId && s.StaffingType == StaffingType.PublicInstitution);
        return (seats.RegularQuota, seats.RegularOccupied, seats.PoolSlotsInUse);
    }
}
