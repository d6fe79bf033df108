using TalentReform.Planning;
using TalentReform.Planning.Approval;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>A campaign recruits what its approved plan allows: approved plan, positions on its lines, places within each line over every campaign.</summary>
public class CampaignPlanCheckTests
{
    private readonly RecruitmentZone _zone = new();

    [Fact]
    public async Task A_draft_or_submitted_plan_cannot_carry_a_campaign_an_approved_or_filed_one_can()
    {
        var unit = await _zone.UnitAsync("科创中心", quota: 5, occupied: 0);
        var plan = _zone.Plan();
        var line = plan.AddLine(RecruitmentZone.Line(unit, 2), RecruitmentZone.Now);
        var campaign = CampaignOn(plan, Position(line, unit.Id, "A01", 2));

        var draft = ((Action)(() => CampaignPlanCheck.Ensure(plan, campaign, Empty))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPlanNotApproved);
        draft.Message("zh-Hans").ShouldBe("招聘计划 2026-001 当前为“草稿”：只有审批通过（或已备案）的招聘计划才能用于招聘公告。");
        plan.Submit(await _zone.Capacity.CheckAsync(plan), RecruitmentZone.Now);
        DocumentApproval.Submit(plan, RecruitmentZone.Now);
        ((Action)(() => CampaignPlanCheck.Ensure(plan, campaign, Empty))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPlanNotApproved);

        DocumentApproval.Decide(plan, ApprovalDecisionKind.Approve, RecruitmentZone.Now);
        CampaignPlanCheck.Ensure(plan, campaign, Empty);
        plan.RecordFiling("人社备〔2026〕1号", new DateOnly(2026, 3, 2), RecruitmentZone.Now);
        CampaignPlanCheck.Ensure(plan, campaign, Empty);
        plan.Close(RecruitmentZone.Now);
        ((Action)(() => CampaignPlanCheck.Ensure(plan, campaign, Empty))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPlanNotApproved);
    }

    [Fact]
    public async Task A_position_off_the_plans_lines_or_on_another_unit_or_type_is_refused()
    {
        var unit = await _zone.UnitAsync("数据中心", quota: 5, occupied: 0);
        var plan = await _zone.ApprovedPlanAsync(unit, 2);
        var line = plan.Lines.Single();

        var foreign = CampaignOn(plan, new CampaignPositionSpec(Guid.NewGuid(), unit.Id, Guid.NewGuid(), StaffingType.PublicInstitution, "A01", "研究员", 1,
            PositionRequirements.None, PositionScoring.ExaminationDefaults));
        var otherUnit = CampaignOn(plan, Position(line, Guid.NewGuid(), "A02", 1));
        var otherType = CampaignOn(plan, Position(line, unit.Id, "A03", 1) with { StaffingType = StaffingType.Contract });

        ((Action)(() => CampaignPlanCheck.Ensure(plan, foreign, Empty))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPlanLineNotInPlan);
        var mismatch = ((Action)(() => CampaignPlanCheck.Ensure(plan, otherUnit, Empty))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPositionPlanLineMismatch);
        mismatch.Message("en").ShouldBe("Position A02 does not match its plan line: the line is for 数据中心, public-institution staffing · 研究员.");
        ((Action)(() => CampaignPlanCheck.Ensure(plan, otherType, Empty))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPositionPlanLineMismatch);
    }

    [Fact]
    public async Task The_places_of_a_line_summed_over_every_campaign_stay_within_the_line()
    {
        // The line plans 3 places; another campaign already holds 2: 2 + 1 = 3 fits, 2 + 2 = 4 does not.
        var unit = await _zone.UnitAsync("人才中心", quota: 5, occupied: 0);
        var plan = await _zone.ApprovedPlanAsync(unit, 3);
        var line = plan.Lines.Single();
        var held = new Dictionary<Guid, int> { [line.Id] = 2 };

        CampaignPlanCheck.Ensure(plan, CampaignOn(plan, Position(line, unit.Id, "A01", 1)), held);
        var over = ((Action)(() => CampaignPlanCheck.Ensure(plan, CampaignOn(plan, Position(line, unit.Id, "A01", 2)), held)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPlanLinePlacesExceeded);
        over.Message("zh-Hans").ShouldBe("岗位 A01 拟招 2 人，超出计划行（人才中心）的名额：计划 3 个，其他招聘公告已使用 2 个。");

        // Alone, the whole line fits; a cancelled position holds nothing.
        var campaign = CampaignOn(plan, Position(line, unit.Id, "A01", 3));
        CampaignPlanCheck.Ensure(plan, campaign, Empty);
    }

    private static readonly IReadOnlyDictionary<Guid, int> Empty = new Dictionary<Guid, int>();

    private static CampaignPositionSpec Position(RecruitmentPlanLine line, Guid unitId, string code, int places) =>
        new(line.Id, unitId, Guid.NewGuid(), line.StaffingType, code, "研究员", places, PositionRequirements.None, PositionScoring.ExaminationDefaults);

    private static RecruitmentCampaign CampaignOn(RecruitmentPlan plan, CampaignPositionSpec position)
    {
        var campaign = new RecruitmentCampaign(
            Guid.NewGuid(), plan.ZoneId!.Value, 2026, "2026-01", "2026年公开招聘", null, plan.Id, new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 24), RecruitmentZone.Now);
        campaign.AddPosition(position, RecruitmentZone.Now);
        return campaign;
    }
}
