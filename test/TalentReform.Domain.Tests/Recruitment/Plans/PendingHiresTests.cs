using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// Pending hires (体检, 考察, 公示, not yet on a seat) in the 空编 check: each place counted once — off the plan line
/// that held it, onto the pending hires of its unit×type — and never more than the position's unfilled places.
/// </summary>
public class PendingHiresTests
{
    private readonly RecruitmentZone _zone = new();

    [Theory]
    [InlineData(ApplicationStatus.Active, RecruitmentStage.Ranked, false)]
    [InlineData(ApplicationStatus.Active, RecruitmentStage.Medical, true)]
    [InlineData(ApplicationStatus.Active, RecruitmentStage.Assessment, true)]
    [InlineData(ApplicationStatus.Active, RecruitmentStage.Publicity, true)]
    [InlineData(ApplicationStatus.Hired, RecruitmentStage.Hired, false)]
    [InlineData(ApplicationStatus.Failed, RecruitmentStage.Assessment, false)]
    [InlineData(ApplicationStatus.Withdrawn, RecruitmentStage.Publicity, false)]
    public void A_hire_is_pending_from_medical_through_publicity_while_the_application_is_active(ApplicationStatus status, RecruitmentStage stage, bool pending) =>
        PendingHires.Holds(status, stage).ShouldBe(pending);

    [Fact]
    public async Task A_pending_hire_moves_its_place_from_the_approved_plan_to_the_pending_hires_and_a_replacement_holds_no_second_place()
    {
        // Approved plan: 3 places in 科创中心. Its position has 3 places: 1 hired, 2 pending + 1 递补 beside them.
        var unit = await _zone.UnitAsync("科创中心", quota: 10, occupied: 4);
        var approved = await _zone.ApprovedPlanAsync(unit, 3);
        var line = approved.Lines.Single();
        var position = new PositionHiring(approved.Id, line.Id, unit.Id, StaffingType.PublicInstitution, Places: 3, Pending: 3, Hired: 1);
        var checkedPlan = _zone.Plan("2026-009");
        checkedPlan.AddLine(RecruitmentZone.Line(unit, 1), RecruitmentZone.Now);

        var reserved = PendingHires.Reserve([approved], [position], checkedPlan.Id);

        // Pending: min(3, 3 − 1) = 2; used of the line: 1 + 2 = 3 → the plan holds 3 − 3 = 0 more.
        (position.PendingPlaces, position.UsedPlaces).ShouldBe((2, 3));
        reserved.ShouldBe([new ReservedPlaces(unit.Id, StaffingType.PublicInstitution, 0, 2)]);
    }

    [Fact]
    public async Task Pending_hires_of_the_checked_plans_own_positions_are_left_out_and_units_and_types_count_apart()
    {
        var unit = await _zone.UnitAsync("数据中心", quota: 10, occupied: 0);
        var other = await _zone.UnitAsync("人才中心", quota: 10, occupied: 0);
        var approved = await _zone.ApprovedPlanAsync(unit, 2);
        var line = approved.Lines.Single();
        var positions = new[]
        {
            new PositionHiring(approved.Id, line.Id, unit.Id, StaffingType.PublicInstitution, Places: 2, Pending: 1, Hired: 0),
            new PositionHiring(Guid.NewGuid(), Guid.NewGuid(), other.Id, StaffingType.Contract, Places: 2, Pending: 2, Hired: 0),
        };

        // Checking another plan: the approved plan still holds 2 − 1 = 1, its position 1 pending; 人才中心 2 pending 聘用.
        var forOther = PendingHires.Reserve([approved], positions, Guid.NewGuid());
        forOther.OrderBy(r => r.StaffingType).ShouldBe(
        [
            new ReservedPlaces(unit.Id, StaffingType.PublicInstitution, 1, 1),
            new ReservedPlaces(other.Id, StaffingType.Contract, 0, 2),
        ]);

        // Checking the approved plan itself: its own line and its own pending hire are not "elsewhere".
        PendingHires.Reserve([approved], positions, approved.Id).ShouldBe([new ReservedPlaces(other.Id, StaffingType.Contract, 0, 2)]);
    }

    [Fact]
    public async Task A_plan_over_the_vacancies_left_by_pending_hires_is_refused()
    {
        // Quota 3, 1 occupied, 2 pending on a closed plan's position: 3 − 1 − 2 = 0 free for 1 asked.
        var unit = await _zone.UnitAsync("实验室", quota: 3, occupied: 1);
        var closed = await _zone.ApprovedPlanAsync(unit, 2);
        closed.Close(RecruitmentZone.Now);
        var position = new PositionHiring(closed.Id, closed.Lines.Single().Id, unit.Id, StaffingType.PublicInstitution, 2, 2, 0);
        var plan = _zone.Plan("2026-010");
        plan.AddLine(RecruitmentZone.Line(unit, 1), RecruitmentZone.Now);
        _zone.Reserved.AddRange(PendingHires.Reserve([closed], [position], plan.Id));

        var report = await _zone.Capacity.CheckAsync(plan);

        var checkedLine = report.Lines.ShouldHaveSingleItem();
        (checkedLine.ReservedByOtherPlans, checkedLine.PendingHires, checkedLine.Free, checkedLine.Exceeds).ShouldBe((0, 2, 0, true));
        ((Action)(() => plan.Submit(report, RecruitmentZone.Now))).ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentPlanOverVacancy);
    }
}
