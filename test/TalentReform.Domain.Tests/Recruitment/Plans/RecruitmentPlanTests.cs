using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// 招聘计划 within 空编: per line the free slots are quota − occupied − other open plans − pending hires − vacancies
/// owed to pool loans, lines of one unit×type are summed, and a plan over it is not submitted. Then the approval
/// engine's document kind, return to draft, 备案 and closing.
/// </summary>
public class RecruitmentPlanTests
{
    private readonly RecruitmentZone _zone = new();

    [Fact]
    public async Task A_line_over_the_units_vacancies_is_shown_with_its_numbers_and_the_plan_is_not_submitted()
    {
        // 科创服务中心: 事业编制 quota 5, 3 occupied → 5 − 3 = 2 free.
        var unit = await _zone.UnitAsync("科创服务中心", quota: 5, occupied: 3);
        var plan = _zone.Plan();
        var line = plan.AddLine(RecruitmentZone.Line(unit, 3), RecruitmentZone.Now);

        var report = await _zone.Capacity.CheckAsync(plan);

        var checkedLine = report.Lines.ShouldHaveSingleItem();
        (checkedLine.LineId, checkedLine.Quota, checkedLine.Occupied, checkedLine.Free, checkedLine.AskedOnLine, checkedLine.AskedInPlan, checkedLine.Exceeds)
            .ShouldBe((line.Id, 5, 3, 2, 3, 3, true));
        var refusal = ((Action)(() => plan.Submit(report, RecruitmentZone.Now))).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanOverVacancy);
        refusal.Message("zh-Hans").ShouldBe("科创服务中心 的事业编制空编不足：本计划拟招 3 人，可用空编仅 2 个（核定 5，已占 3，其他计划、待入职人员和周转编制占用 0）。");
        plan.Status.ShouldBe(RecruitmentPlanStatus.Draft);

        // 2 places fit exactly (2 ≤ 2).
        plan.ReplaceLine(line.Id, RecruitmentZone.Line(unit, 2), RecruitmentZone.Now);
        plan.Submit(await _zone.Capacity.CheckAsync(plan), RecruitmentZone.Now);
        plan.Status.ShouldBe(RecruitmentPlanStatus.Submitted);
    }

    [Fact]
    public async Task Lines_of_the_same_unit_and_type_are_summed_other_types_and_units_count_apart()
    {
        // 大数据局: 事业编制 4, 1 occupied → 3 free; 聘用 2, 0 occupied → 2 free. 人才中心: 事业编制 2, 2 occupied → 0 free.
        var unit = await _zone.UnitAsync("大数据局", quota: 4, occupied: 1);
        await _zone.Staffing.QuotaAsync(unit, StaffingType.Contract, 2);
        var full = await _zone.UnitAsync("人才中心", quota: 2, occupied: 2);
        var plan = _zone.Plan();
        plan.AddLine(RecruitmentZone.Line(unit, 2), RecruitmentZone.Now);
        plan.AddLine(RecruitmentZone.Line(unit, 2), RecruitmentZone.Now);
        plan.AddLine(RecruitmentZone.Line(unit, 2, StaffingType.Contract), RecruitmentZone.Now);

        var report = await _zone.Capacity.CheckAsync(plan);

        // 2 + 2 = 4 事业 places asked against 3 free: both lines exceed; the 聘用 line (2 ≤ 2) fits.
        report.Lines.Select(l => (l.StaffingType, l.Free, l.AskedOnLine, l.AskedInPlan, l.Exceeds)).ShouldBe(
        [
            (StaffingType.PublicInstitution, 3, 2, 4, true),
            (StaffingType.PublicInstitution, 3, 2, 4, true),
            (StaffingType.Contract, 2, 2, 2, false),
        ]);

        // A unit with no 空编 at all: 2 − 2 = 0 free, one place is over.
        plan.RemoveLine(plan.Lines[1].Id, RecruitmentZone.Now);
        plan.AddLine(RecruitmentZone.Line(full, 1), RecruitmentZone.Now);
        report = await _zone.Capacity.CheckAsync(plan);
        report.Exceeding.Select(l => (l.UnitName, l.Quota, l.Occupied, l.Free, l.AskedInPlan)).ShouldBe([("人才中心", 2, 2, 0, 1)]);
        plan.Lines.Select(l => l.Sequence).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task Places_held_by_other_open_plans_and_by_pending_hires_are_not_free()
    {
        // 产业促进局: quota 10, 4 occupied → 6 vacant.
        var unit = await _zone.UnitAsync("产业促进局", quota: 10, occupied: 4);
        var submitted = _zone.Plan("2026-001");
        submitted.AddLine(RecruitmentZone.Line(unit, 2), RecruitmentZone.Now);
        submitted.Submit(await _zone.Capacity.CheckAsync(submitted), RecruitmentZone.Now);
        var approved = _zone.Plan("2026-002");
        approved.AddLine(RecruitmentZone.Line(unit, 1), RecruitmentZone.Now);
        approved.Submit(await _zone.Capacity.CheckAsync(approved), RecruitmentZone.Now);
        DocumentApproval.Submit(approved, RecruitmentZone.Now);
        DocumentApproval.Decide(approved, ApprovalDecisionKind.Approve, RecruitmentZone.Now);
        var draft = _zone.Plan("2026-003");
        draft.AddLine(RecruitmentZone.Line(unit, 5), RecruitmentZone.Now);
        var closed = _zone.Plan("2026-004");
        closed.AddLine(RecruitmentZone.Line(unit, 1), RecruitmentZone.Now);
        closed.Submit(await _zone.Capacity.CheckAsync(closed), RecruitmentZone.Now);
        DocumentApproval.Submit(closed, RecruitmentZone.Now);
        DocumentApproval.Decide(closed, ApprovalDecisionKind.Approve, RecruitmentZone.Now);
        closed.Close(RecruitmentZone.Now);
        var plan = _zone.Plan("2026-005");
        plan.AddLine(RecruitmentZone.Line(unit, 2), RecruitmentZone.Now);

        // Open plans other than this one: submitted 2 + approved 1 = 3 (the draft's 5 and the closed plan's 1 hold nothing).
        var byPlans = OpenPlanReservations.Of([submitted, approved, draft, closed, plan], plan.Id);
        byPlans.ShouldBe([new ReservedPlaces(unit.Id, StaffingType.PublicInstitution, 3, 0)]);

        // Of the approved plan's place, 1 is already hired (it now counts as occupied): 2 + (1 − 1) = 2 held.
        OpenPlanReservations.Of([submitted, approved], plan.Id, (p, _) => p == approved ? 1 : 0)
            .ShouldBe([new ReservedPlaces(unit.Id, StaffingType.PublicInstitution, 2, 0)]);

        // With 3 held by plans and 2 pending hires: 10 − 4 − 3 − 2 = 1 free < 2 asked.
        _zone.Reserved.AddRange(byPlans);
        _zone.Reserved.Add(new ReservedPlaces(unit.Id, StaffingType.PublicInstitution, 0, 2));
        var line = (await _zone.Capacity.CheckAsync(plan)).Lines.ShouldHaveSingleItem();
        (line.Quota, line.Occupied, line.ReservedByOtherPlans, line.PendingHires, line.Free, line.Exceeds).ShouldBe((10, 4, 3, 2, 1, true));

        // Without the pending hires: 10 − 4 − 3 = 3 free ≥ 2.
        _zone.Reserved.RemoveAt(1);
        (await _zone.Capacity.CheckAsync(plan)).Lines.Single().ShouldSatisfyAllConditions(l => l.Free.ShouldBe(3), l => l.Exceeds.ShouldBeFalse());
    }

    [Fact]
    public async Task A_vacancy_owed_to_a_pool_loan_is_not_free_for_a_plan()
    {
        // 实验室: quota 2, 1 regular + 1 on a pool slot; a regular seat frees: 2 − 1 = 1 vacant, owed to the loan → 0 free.
        var unit = await _zone.UnitAsync("实验室", quota: 2, occupied: 2);
        var loan = await PoolLoanTests.ActiveLoanAsync(_zone, unit, await _zone.SlotAsync("ZZ-01"), "王博士");
        var leaving = _zone.Staffing.Appointments.GetQueryable().First(a => a.OrgUnitId == unit.Id && a.Id != loan.AppointmentId);
        AppointmentManager.End(leaving, null, new DateOnly(2026, 6, 30), "调出");

        var plan = _zone.Plan();
        plan.AddLine(RecruitmentZone.Line(unit, 1), RecruitmentZone.Now);
        var line = (await _zone.Capacity.CheckAsync(plan)).Lines.ShouldHaveSingleItem();
        (line.Quota, line.Occupied, line.OwedToPoolLoans, line.Free, line.Exceeds).ShouldBe((2, 1, 1, 0, true));
    }

    [Fact]
    public async Task The_plan_is_the_engines_RecruitmentPlan_document_editable_only_as_a_draft_then_filed_and_closed()
    {
        var unit = await _zone.UnitAsync("招商服务中心", quota: 3, occupied: 0);
        var plan = _zone.Plan();
        ((Action)(() => plan.Submit(new RecruitmentPlanCapacityReport(plan.Id, []), RecruitmentZone.Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanHasNoLines);
        var line = plan.AddLine(RecruitmentZone.Line(unit, 2), RecruitmentZone.Now);
        ((Action)(() => plan.AddLine(RecruitmentZone.Line(unit, 0), RecruitmentZone.Now))).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanPlacesInvalid);
        ((Action)(() => plan.AddLine(new(unit.Id, unit.NameZh, null, " ", StaffingType.PublicInstitution, 1, null), RecruitmentZone.Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanLineNeedsPost);

        // A report made before the line changed no longer speaks for the plan.
        var stale = await _zone.Capacity.CheckAsync(plan);
        plan.ReplaceLine(line.Id, RecruitmentZone.Line(unit, 3), RecruitmentZone.Now);
        ((Action)(() => plan.Submit(stale, RecruitmentZone.Now))).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanCapacityOutdated);

        plan.Submit(await _zone.Capacity.CheckAsync(plan), RecruitmentZone.Now);
        plan.ReservesPlaces.ShouldBeTrue();
        ((Action)(() => plan.Rename("改名", RecruitmentZone.Now))).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanNotEditable);

        var process = DocumentApproval.Submit(plan, RecruitmentZone.Now);
        (((IApprovableDocument)plan).ApprovalKind, process.DocumentKind, process.DocumentId, process.DocumentNumber).ShouldBe(
            ("RecruitmentPlan", "RecruitmentPlan", plan.Id, "2026-001"));
        process.DrafterId.ShouldBe(RecruitmentZone.Drafter);

        // Returned for revision: a draft again, editable, holding no places; resubmitted as round 2 of the same process.
        DocumentApproval.Decide(plan, ApprovalDecisionKind.Return, RecruitmentZone.Now.AddDays(1)).ShouldBe(ApprovalOutcome.Returned);
        (plan.Status, plan.IsEditable, plan.ReservesPlaces).ShouldBe((RecruitmentPlanStatus.Draft, true, false));
        plan.ReplaceLine(line.Id, RecruitmentZone.Line(unit, 2), RecruitmentZone.Now.AddDays(1));
        plan.Submit(await _zone.Capacity.CheckAsync(plan), RecruitmentZone.Now.AddDays(2));
        DocumentApproval.Submit(plan, RecruitmentZone.Now.AddDays(2)).ShouldBeSameAs(process);
        DocumentApproval.Decide(plan, ApprovalDecisionKind.Approve, RecruitmentZone.Now.AddDays(3)).ShouldBe(ApprovalOutcome.Approved);
        (plan.Status, process.Round).ShouldBe((RecruitmentPlanStatus.Approved, 2));

        // 备案 not before the approval (2026-03-04), with a number.
        ((Action)(() => plan.RecordFiling("高新编备〔2026〕3号", new DateOnly(2026, 3, 3), RecruitmentZone.Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanFilingInvalid);
        plan.RecordFiling("高新编备〔2026〕3号", new DateOnly(2026, 3, 4), RecruitmentZone.Now.AddDays(3));
        (plan.Status, plan.FilingNumber, plan.FiledOn, plan.ReservesPlaces).ShouldBe(
            (RecruitmentPlanStatus.Filed, "高新编备〔2026〕3号", new DateOnly(2026, 3, 4), true));

        plan.Close(RecruitmentZone.Now.AddDays(30));
        (plan.Status, plan.ReservesPlaces).ShouldBe((RecruitmentPlanStatus.Closed, false));
        ((Action)(() => plan.Close(RecruitmentZone.Now))).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanStatusInvalid)
            .Message("en").ShouldBe("The recruitment plan is closed and cannot be closed.");
    }

    [Fact]
    public async Task A_line_on_an_existing_post_counts_against_that_posts_unit_and_type()
    {
        var unit = await _zone.UnitAsync("科创服务中心", quota: 3, occupied: 0);
        var other = await _zone.UnitAsync("综合办", quota: 3, occupied: 0);
        var post = await _zone.Staffing.PostAsync(unit, StaffingType.PublicInstitution);
        var plan = _zone.Plan();
        var line = plan.AddLine(new(other.Id, other.NameZh, post.Id, null, StaffingType.PublicInstitution, 1, null), RecruitmentZone.Now);

        var refusal = await Should.ThrowAsync<BusinessException>(() => _zone.Capacity.CheckAsync(plan));
        refusal.Code.ShouldBe(TalentReformErrorCodes.RecruitmentPlanLinePostMismatch);
        refusal.Message("zh-Hans").ShouldBe($"岗位 {post.Code} 不属于 综合办，或不是事业编制岗位。");

        plan.ReplaceLine(line.Id, new(unit.Id, unit.NameZh, post.Id, null, StaffingType.Contract, 1, null), RecruitmentZone.Now);
        (await Should.ThrowAsync<BusinessException>(() => _zone.Capacity.CheckAsync(plan))).Code.ShouldBe(TalentReformErrorCodes.RecruitmentPlanLinePostMismatch);

        plan.ReplaceLine(line.Id, new(unit.Id, unit.NameZh, post.Id, null, StaffingType.PublicInstitution, 1, null), RecruitmentZone.Now);
        (await _zone.Capacity.CheckAsync(plan)).Lines.Single().Free.ShouldBe(3);
    }

    [Fact]
    public async Task A_rejected_plan_holds_no_places_and_cannot_be_filed()
    {
        var unit = await _zone.UnitAsync("综合办", quota: 1, occupied: 0);
        var plan = _zone.Plan();
        plan.AddLine(RecruitmentZone.Line(unit, 1), RecruitmentZone.Now);
        plan.Submit(await _zone.Capacity.CheckAsync(plan), RecruitmentZone.Now);
        DocumentApproval.Submit(plan, RecruitmentZone.Now);
        DocumentApproval.Decide(plan, ApprovalDecisionKind.Reject, RecruitmentZone.Now).ShouldBe(ApprovalOutcome.Rejected);

        (plan.Status, plan.ReservesPlaces).ShouldBe((RecruitmentPlanStatus.Rejected, false));
        ((Action)(() => plan.RecordFiling("备1号", new DateOnly(2026, 3, 2), RecruitmentZone.Now))).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanStatusInvalid);
    }
}
