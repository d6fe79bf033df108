using TalentReform.Planning;
using static TalentReform.Recruitment.CampaignFixtures;

namespace TalentReform.Recruitment;

public class RecruitmentCampaignTests
{
    [Fact]
    public void A_new_campaign_is_a_draft_with_the_default_periods_and_positions_with_the_default_scoring()
    {
        // Act
        var campaign = Draft();

        // Assert
        campaign.Status.ShouldBe(RecruitmentCampaignStatus.Draft);
        campaign.NoticeWorkingDays.ShouldBe(7);
        campaign.MinRegistrationDays.ShouldBe(3);
        campaign.EligibilityReferenceDate.ShouldBe(new DateOnly(2026, 3, 24));
        var exam = campaign.Position("A01");
        exam.Scoring.ShouldBe(PositionScoring.ExaminationDefaults);
        (exam.WrittenWeightPercent, exam.Scoring.InterviewWeightPercent, exam.ScoreDecimals, exam.ScoreRounding).ShouldBe((50, 50, 2, ScoreRounding.HalfUp));
        (exam.WrittenPassLine, exam.InterviewPassLine, exam.InterviewRatio, exam.OpeningRatio).ShouldBe((60m, 60m, 3, 3));
        var direct = campaign.Position("B01");
        (direct.WrittenWeightPercent, direct.WrittenPassLine, direct.InterviewRatio, direct.OpeningRatio, direct.OpeningRatioShortfall).ShouldBe((null, null, null, null, null));
        direct.Scoring.InterviewWeightPercent.ShouldBe(100);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void The_written_weight_is_between_0_and_100(int weight)
    {
        var campaign = Draft();
        var position = campaign.Position("A01");

        Should.NotThrow(() => campaign.UpdatePosition(position.Id, "A01", "岗位", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults with { WrittenWeightPercent = 40 }, Now));
        position.Scoring.InterviewWeightPercent.ShouldBe(60); // 100 − 40
        Should.NotThrow(() => campaign.UpdatePosition(position.Id, "A01", "岗位", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults with { WrittenWeightPercent = 0 }, Now));
        ((Action)(() => campaign.UpdatePosition(position.Id, "A01", "岗位", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults with { WrittenWeightPercent = weight }, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignWeightInvalid);
    }

    [Fact]
    public void Ratios_are_at_least_1_and_places_at_least_1()
    {
        var campaign = Draft();
        var position = campaign.Position("A01");

        ((Action)(() => campaign.UpdatePosition(position.Id, "A01", "岗位", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults with { InterviewRatio = 0 }, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRatioInvalid);
        ((Action)(() => campaign.UpdatePosition(position.Id, "A01", "岗位", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults with { OpeningRatio = 0 }, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRatioInvalid);
        ((Action)(() => campaign.UpdatePosition(position.Id, "A01", "岗位", 0, PositionRequirements.None, PositionScoring.ExaminationDefaults, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPlacesInvalid);
        ((Action)(() => campaign.AddPosition(Spec("C01", 0, PositionRequirements.None, PositionScoring.ExaminationDefaults), Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPlacesInvalid);

        // 1:1 is the smallest ratio (no competition) and allowed.
        campaign.UpdatePosition(position.Id, "A01", "岗位", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults with { InterviewRatio = 1, OpeningRatio = 1 }, Now);
        position.OpeningRatio.ShouldBe(1);
    }

    [Fact]
    public void Pass_lines_decimals_probation_and_service_years_stay_in_range()
    {
        var campaign = Draft();
        var id = campaign.Position("A01").Id;
        void Update(PositionScoring scoring) => campaign.UpdatePosition(id, "A01", "岗位", 1, PositionRequirements.None, scoring, Now);

        ((Action)(() => Update(PositionScoring.ExaminationDefaults with { WrittenPassLine = 100.5m }))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPassLineInvalid);
        ((Action)(() => Update(PositionScoring.ExaminationDefaults with { InterviewPassLine = -1m }))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPassLineInvalid);
        ((Action)(() => Update(PositionScoring.ExaminationDefaults with { Decimals = 5 }))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignScoreDecimalsInvalid);
        ((Action)(() => Update(PositionScoring.ExaminationDefaults with { ProbationMonths = 12 }))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignProbationMonthsInvalid);
        ((Action)(() => Update(PositionScoring.ExaminationDefaults with { MinimumServiceYears = 0 }))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignMinimumServiceYearsInvalid);

        Update(PositionScoring.ExaminationDefaults with { ProbationMonths = 6, MinimumServiceYears = 5, Rounding = ScoreRounding.Truncate, WrittenWeightPercent = 60 });
        var scoring = campaign.Position("A01").Scoring;
        (scoring.ProbationMonths, scoring.MinimumServiceYears, scoring.Rounding, scoring.WrittenWeightPercent).ShouldBe((6, (int?)5, ScoreRounding.Truncate, (int?)60));
    }

    [Fact]
    public void Direct_assessment_has_no_written_exam_settings_and_an_examination_needs_all_of_them()
    {
        var campaign = Draft();
        var direct = campaign.Position("B01").Id;
        var exam = campaign.Position("A01").Id;

        ((Action)(() => campaign.UpdatePosition(direct, "B01", "岗位", 1, PositionRequirements.None, PositionScoring.DirectAssessmentDefaults with { WrittenWeightPercent = 40 }, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignDirectAssessmentHasWrittenExam);
        ((Action)(() => campaign.UpdatePosition(direct, "B01", "岗位", 1, PositionRequirements.None, PositionScoring.DirectAssessmentDefaults with { OpeningRatio = 3 }, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignDirectAssessmentHasWrittenExam);
        ((Action)(() => campaign.UpdatePosition(exam, "A01", "岗位", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults with { WrittenPassLine = null }, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignExaminationSettingsMissing);
        ((Action)(() => campaign.SetOpeningRatioExemption(direct, new OpeningRatioExemption("紧缺", "大高新人社〔2026〕3号", new DateOnly(2026, 3, 1)), Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignOpeningRatioNotApplicable);
    }

    [Fact]
    public void Registration_ends_after_it_starts_and_lasts_the_minimum_days()
    {
        var campaign = Draft();

        // 03-18 to 03-19 is 2 days (both ends counted) < 3; 03-18 to 03-20 is 3.
        ((Action)(() => campaign.SetRegistration(new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 19), null, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRegistrationPeriodInvalid);
        ((Action)(() => campaign.SetRegistration(new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 17), null, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRegistrationPeriodInvalid);
        campaign.SetRegistration(new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 1), Now);
        campaign.EligibilityReferenceDate.ShouldBe(new DateOnly(2026, 3, 1));

        // A province with a 5-day minimum: the 3 days no longer suffice; 1 is allowed but end must still be after start.
        ((Action)(() => campaign.SetMinimumPeriods(7, 5, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRegistrationPeriodInvalid);
        ((Action)(() => campaign.SetMinimumPeriods(0, 3, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignMinimumPeriodInvalid);
        campaign.SetMinimumPeriods(5, 1, Now);
        ((Action)(() => campaign.SetRegistration(new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 18), null, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRegistrationPeriodInvalid);
    }

    [Fact]
    public void Stage_dates_follow_the_registration_and_each_other()
    {
        var campaign = Draft();

        ((Action)(() => campaign.SetStageDates(new DateOnly(2026, 3, 24), null, null, null, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignStageDatesInvalid);
        ((Action)(() => campaign.SetStageDates(new DateOnly(2026, 4, 12), new DateOnly(2026, 4, 11), null, null, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignStageDatesInvalid);
        ((Action)(() => campaign.SetStageDates(null, new DateOnly(2026, 5, 9), new DateOnly(2026, 5, 9), null, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignStageDatesInvalid);
        campaign.SetStageDates(new DateOnly(2026, 4, 11), new DateOnly(2026, 5, 9), new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 27), Now);
        campaign.InterviewOn.ShouldBe(new DateOnly(2026, 5, 9));
    }

    [Fact]
    public void A_plan_line_becomes_one_position_and_codes_are_unique()
    {
        var campaign = Draft();
        var line = campaign.Position("A01").PlanLineId;

        ((Action)(() => campaign.AddPosition(Spec("C01", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults) with { PlanLineId = line }, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPlanLineDuplicate);
        ((Action)(() => campaign.AddPosition(Spec("a01", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults), Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPositionCodeDuplicate);
        ((Action)(() => campaign.UpdatePosition(Guid.NewGuid(), "Z", "Z", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPositionNotFound);
    }

    [Fact]
    public async Task Publishing_needs_seven_working_days_of_notice_counted_on_the_calendar()
    {
        var calendar = await InMemoryWorkCalendarYearRepository.SeededAsync();
        var manager = Manager(calendar);
        var campaign = Draft();

        // Published Mon 03-16, counted from the day after: 17, 18, 19, 20, 23, 24 up to Tue 03-24 = 6 working days < 7.
        var refused = await Should.ThrowAsync<BusinessException>(() => manager.PublishAsync(campaign, PublishedOn, new DateOnly(2026, 3, 24), HrId, Now));
        refused.Code.ShouldBe(TalentReformErrorCodes.NoticePublicTooShort);
        (refused.Args[0], refused.Args[1]).ShouldBe((7, 6));
        campaign.Status.ShouldBe(RecruitmentCampaignStatus.Draft);

        // Published on Saturday 03-14: 16, 17, 18, 19, 20, 23 up to Monday 03-23 = 6 < 7.
        var weekend = await Should.ThrowAsync<BusinessException>(() => manager.PublishAsync(campaign, new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 23), HrId, Now));
        weekend.Args[1].ShouldBe(6);

        await manager.PublishAsync(campaign, PublishedOn, NoticeEndsOn, HrId, Now);

        campaign.Status.ShouldBe(RecruitmentCampaignStatus.Published);
        (campaign.PublishedOn, campaign.NoticeEndsOn, campaign.PublishedBy).ShouldBe((PublishedOn, NoticeEndsOn, HrId));
    }

    [Fact]
    public async Task The_notice_period_skips_the_national_day_holiday_and_counts_the_make_up_saturday()
    {
        var manager = Manager(await InMemoryWorkCalendarYearRepository.SeededAsync());
        RecruitmentCampaign Autumn()
        {
            var campaign = Draft();
            campaign.SetRegistration(new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 14), null, Now);
            return campaign;
        }

        // Published Mon 09-28, counted from the day after: Tue 09-29 (1), Wed 09-30 (2); 10-01…10-07 国庆 off;
        // Thu 10-08 (3), Fri 10-09 (4), Sat 10-10 调休 (5); Sun 10-11 off; Mon 10-12 (6), Tue 10-13 (7).
        var early = Autumn();
        var refused = await Should.ThrowAsync<BusinessException>(() => manager.PublishAsync(early, new DateOnly(2026, 9, 28), new DateOnly(2026, 10, 12), HrId, Now));
        (refused.Code, refused.Args[1]).ShouldBe((TalentReformErrorCodes.NoticePublicTooShort, 6));

        var enough = Autumn();
        await manager.PublishAsync(enough, new DateOnly(2026, 9, 28), new DateOnly(2026, 10, 13), HrId, Now);
        enough.Status.ShouldBe(RecruitmentCampaignStatus.Published);
    }

    [Fact]
    public async Task Publishing_needs_an_open_position_and_registration_not_before_the_notice()
    {
        var manager = Manager(await InMemoryWorkCalendarYearRepository.SeededAsync());
        var empty = Draft();
        empty.RemovePosition(empty.Position("A01").Id, Now);
        empty.RemovePosition(empty.Position("B01").Id, Now);
        empty.Positions.ShouldBeEmpty();
        (await Should.ThrowAsync<BusinessException>(() => manager.PublishAsync(empty, PublishedOn, NoticeEndsOn, HrId, Now))).Code
            .ShouldBe(TalentReformErrorCodes.CampaignWithoutPositions);

        // Registration opens 03-18, before a notice published on 03-19.
        var early = Draft();
        (await Should.ThrowAsync<BusinessException>(() => manager.PublishAsync(early, new DateOnly(2026, 3, 19), new DateOnly(2026, 3, 31), HrId, Now))).Code
            .ShouldBe(TalentReformErrorCodes.RegistrationBeforeNotice);
        early.Status.ShouldBe(RecruitmentCampaignStatus.Draft);
    }

    [Fact]
    public async Task After_publication_every_edit_is_refused_and_publishing_again_too()
    {
        var campaign = await PublishedAsync();
        var position = campaign.Position("A01");
        var code = TalentReformErrorCodes.CampaignNotDraft;

        ((Action)(() => campaign.SetDetails(2026, "2026-01", "改名", null, Now))).ShouldBeRefusedWith(code);
        ((Action)(() => campaign.SetRegistration(new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 30), null, Now))).ShouldBeRefusedWith(code);
        ((Action)(() => campaign.SetStageDates(new DateOnly(2026, 4, 11), null, null, null, Now))).ShouldBeRefusedWith(code);
        ((Action)(() => campaign.SetMinimumPeriods(5, 3, Now))).ShouldBeRefusedWith(code);
        ((Action)(() => campaign.AddPosition(Spec("C01", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults), Now))).ShouldBeRefusedWith(code);
        ((Action)(() => campaign.UpdatePosition(position.Id, "A01", "岗位", 5, PositionRequirements.None, PositionScoring.ExaminationDefaults, Now))).ShouldBeRefusedWith(code);
        ((Action)(() => campaign.SetOpeningRatioExemption(position.Id, new OpeningRatioExemption("紧缺", "文号", new DateOnly(2026, 3, 1)), Now))).ShouldBeRefusedWith(code);
        ((Action)(() => campaign.RemovePosition(position.Id, Now))).ShouldBeRefusedWith(code);
        var manager = Manager(await InMemoryWorkCalendarYearRepository.SeededAsync());
        (await Should.ThrowAsync<BusinessException>(() => manager.PublishAsync(campaign, PublishedOn, NoticeEndsOn, HrId, Now))).Code.ShouldBe(code);

        position.Places.ShouldBe(2);
        campaign.Amendments.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_amendment_changes_the_conditions_and_records_what_changed_why_who_and_when()
    {
        var campaign = await PublishedAsync();
        var position = campaign.Position("A01");
        var at = Now.AddDays(3);

        var amendment = campaign.Amend("报名人数不足，延长报名时间并放宽年龄", HrId, "dalian-hr", at, c =>
        {
            c.SetRegistration(new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 27), null, at);
            c.UpdatePosition(position.Id, "A01", position.Name, 2, new PositionRequirements(MaxAge: 40), position.Scoring, at);
        });

        campaign.RegistrationEnd.ShouldBe(new DateOnly(2026, 3, 27));
        position.MaxAge.ShouldBe(40);
        (amendment.Sequence, amendment.Reason, amendment.AmendedBy, amendment.AmendedByName, amendment.AmendedAt).ShouldBe((1, "报名人数不足，延长报名时间并放宽年龄", HrId, "dalian-hr", at));
        amendment.Changes.ShouldBe(
        [
            new CampaignConditionChange("RegistrationEnd", "2026-03-24", "2026-03-27"),
            new CampaignConditionChange("Position[A01].MaxAge", null, "40"),
        ], ignoreOrder: true);

        // An amendment may not open the registration before the notice (published 03-16).
        ((Action)(() => campaign.Amend("提前", HrId, "hr", at, c => c.SetRegistration(new DateOnly(2026, 3, 15), new DateOnly(2026, 3, 27), null, at))))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRegistrationPeriodInvalid);

        // After the amendment the door is shut again.
        ((Action)(() => campaign.SetRegistration(new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 31), null, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignNotDraft);
        campaign.Amend("增加岗位", HrId, "dalian-hr", at, c => c.AddPosition(Spec("C01", 1, PositionRequirements.None, PositionScoring.ExaminationDefaults), at)).Sequence.ShouldBe(2);
        campaign.Amendments.Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_amendment_needs_a_reason_a_change_a_published_campaign_and_keeps_the_invariants()
    {
        var campaign = await PublishedAsync();
        var position = campaign.Position("A01");

        ((Action)(() => campaign.Amend(" ", HrId, "hr", Now, c => c.SetStageDates(new DateOnly(2026, 4, 11), null, null, null, Now)))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignReasonRequired);
        ((Action)(() => campaign.Amend("无变化", HrId, "hr", Now, c => c.UpdatePosition(position.Id, "A01", position.Name, 2, PositionRequirements.None, position.Scoring, Now))))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignAmendmentEmpty);
        ((Action)(() => campaign.Amend("比例", HrId, "hr", Now, c => c.UpdatePosition(position.Id, "A01", position.Name, 2, PositionRequirements.None, position.Scoring with { OpeningRatio = 0 }, Now))))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRatioInvalid);
        ((Action)(() => Draft().Amend("草稿", HrId, "hr", Now, c => c.SetStageDates(new DateOnly(2026, 4, 11), null, null, null, Now))))
            .ShouldBeRefusedWith(TalentReformErrorCodes.CampaignAmendmentNotAllowed);
        campaign.Amendments.ShouldBeEmpty();

        // Removing a published position through an amendment cancels it: its applications keep their position.
        campaign.Amend("取消岗位", HrId, "hr", Now, c => c.RemovePosition(position.Id, Now)).Changes.ShouldContain(new CampaignConditionChange("Position[A01].IsCancelled", null, "true"));
        campaign.Positions.Count.ShouldBe(2);
        position.IsCancelled.ShouldBeTrue();
    }

    [Fact]
    public async Task The_opening_ratio_decision_reduces_places_and_is_recorded()
    {
        var campaign = await PublishedAsync();
        var position = campaign.Position("A01");
        var decidedAt = Now.AddDays(15);

        // 2 places × 3 = 6 needed, 5 qualified: reducing to 1 place needs 1 × 3 = 3 ≤ 5. Reducing to 2 is no reduction.
        ((Action)(() => campaign.DecideOpeningRatio(position.Id, 5, 2, HrId, decidedAt))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignOpeningRatioDecisionInvalid);
        // 6 qualified meet 1:3 for 2 places: no reduction.
        ((Action)(() => campaign.DecideOpeningRatio(position.Id, 6, 1, HrId, decidedAt))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignOpeningRatioDecisionInvalid);
        ((Action)(() => campaign.DecideOpeningRatio(position.Id, -1, 0, HrId, decidedAt))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignOpeningRatioDecisionInvalid);
        // 2 qualified cannot carry even 1 place (1 × 3 = 3 > 2).
        ((Action)(() => campaign.DecideOpeningRatio(position.Id, 2, 1, HrId, decidedAt))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignOpeningRatioDecisionInvalid);

        campaign.DecideOpeningRatio(position.Id, 5, 1, HrId, decidedAt);

        (position.Places, position.PlacesBeforeOpeningRatio, position.OpeningRatioQualifiedApplicants, position.OpeningRatioDecidedBy, position.OpeningRatioDecidedAt, position.IsCancelled)
            .ShouldBe((1, (int?)2, (int?)5, (Guid?)HrId, (DateTimeOffset?)decidedAt, false));
        ((Action)(() => campaign.DecideOpeningRatio(position.Id, 5, 0, HrId, decidedAt))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignOpeningRatioAlreadyDecided);
    }

    [Fact]
    public async Task The_opening_ratio_decision_cancels_when_the_setting_says_so_and_never_applies_to_exempt_or_direct_positions()
    {
        var cancelling = await PublishedAsync(scoring: PositionScoring.ExaminationDefaults with { Shortfall = OpeningRatioShortfall.CancelPosition });
        var position = cancelling.Position("A01");

        // CancelPosition: 5 qualified for 2 places cannot keep 1 place; only cancellation (0) is allowed.
        ((Action)(() => cancelling.DecideOpeningRatio(position.Id, 5, 1, HrId, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignOpeningRatioDecisionInvalid);
        cancelling.DecideOpeningRatio(position.Id, 5, 0, HrId, Now);
        (position.IsCancelled, position.Places, position.PlacesBeforeOpeningRatio).ShouldBe((true, 2, (int?)2));

        ((Action)(() => cancelling.DecideOpeningRatio(cancelling.Position("B01").Id, 0, 0, HrId, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignOpeningRatioNotApplicable);

        var draft = Draft();
        var exempt = draft.Position("A01");
        draft.SetOpeningRatioExemption(exempt.Id, new OpeningRatioExemption(" 紧缺专业 ", " 大高新人社〔2026〕3号 ", new DateOnly(2026, 3, 1)), Now);
        exempt.Exemption.ShouldBe(new OpeningRatioExemption("紧缺专业", "大高新人社〔2026〕3号", new DateOnly(2026, 3, 1)));
        ((Action)(() => draft.DecideOpeningRatio(exempt.Id, 1, 0, HrId, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignNotPublished);
        await Manager(await InMemoryWorkCalendarYearRepository.SeededAsync()).PublishAsync(draft, PublishedOn, NoticeEndsOn, HrId, Now);
        ((Action)(() => draft.DecideOpeningRatio(exempt.Id, 1, 0, HrId, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignOpeningRatioNotApplicable);
        ((Action)(() => draft.SetOpeningRatioExemption(exempt.Id, new OpeningRatioExemption("", "x", new DateOnly(2026, 3, 1)), Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignNotDraft);
    }

    [Fact]
    public async Task A_published_campaign_closes_or_is_cancelled_with_a_reason()
    {
        var closed = await PublishedAsync();
        closed.Close(Now);
        closed.Status.ShouldBe(RecruitmentCampaignStatus.Closed);
        ((Action)(() => closed.Close(Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignNotPublished);
        ((Action)(() => closed.Cancel("x", Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignNotPublished);

        var cancelled = await PublishedAsync();
        ((Action)(() => cancelled.Cancel(" ", Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignReasonRequired);
        cancelled.Cancel("计划调整", Now);
        (cancelled.Status, cancelled.CancelReason).ShouldBe((RecruitmentCampaignStatus.Cancelled, "计划调整"));
        cancelled.IsRegistrationOpen(new DateOnly(2026, 3, 20)).ShouldBeFalse();
    }
}
