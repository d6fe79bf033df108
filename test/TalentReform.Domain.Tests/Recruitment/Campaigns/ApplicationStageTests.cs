using static TalentReform.Recruitment.CampaignFixtures;

namespace TalentReform.Recruitment;

public class ApplicationStageTests
{
    [Fact]
    public void The_stage_orders_per_method_and_check_order()
    {
        ApplicationStages.For(RecruitmentMethod.Examination, CheckOrder.MedicalFirst).ShouldBe(
        [
            RecruitmentStage.Registered, RecruitmentStage.QualificationPassed, RecruitmentStage.WrittenExam, RecruitmentStage.QualificationRechecked,
            RecruitmentStage.Interview, RecruitmentStage.Ranked, RecruitmentStage.Medical, RecruitmentStage.Assessment, RecruitmentStage.Publicity, RecruitmentStage.Hired,
        ]);
        ApplicationStages.For(RecruitmentMethod.DirectAssessment, CheckOrder.AssessmentFirst).ShouldBe(
        [
            RecruitmentStage.Registered, RecruitmentStage.QualificationPassed, RecruitmentStage.QualificationRechecked,
            RecruitmentStage.Interview, RecruitmentStage.Ranked, RecruitmentStage.Assessment, RecruitmentStage.Medical, RecruitmentStage.Publicity, RecruitmentStage.Hired,
        ]);
        ApplicationStages.Next(RecruitmentStage.Hired, RecruitmentMethod.Examination, CheckOrder.MedicalFirst).ShouldBeNull();
    }

    [Fact]
    public async Task An_examination_candidate_goes_through_every_stage_in_order_medical_first()
    {
        var campaign = await PublishedAsync();
        var application = Apply(campaign, "A01");
        application.Stage.ShouldBe(RecruitmentStage.Registered);

        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);
        campaign.OpeningRatioMet("A01");
        application.Advance(campaign, RecruitmentStage.WrittenExam, Now);
        application.RecordWrittenScore(78.5m, Now);
        application.Advance(campaign, RecruitmentStage.QualificationRechecked, Now);
        application.Advance(campaign, RecruitmentStage.Interview, Now);
        application.RecordInterviewScore(82m, Now);
        // The ranking computes 78.5 × 0.5 + 82 × 0.5 = 80.25; the application stores what it is given.
        application.RecordRanking(campaign, 80.25m, 1, false, Now);
        application.Stage.ShouldBe(RecruitmentStage.Ranked);
        application.Advance(campaign, RecruitmentStage.Medical, Now);
        application.Advance(campaign, RecruitmentStage.Assessment, Now);
        application.Advance(campaign, RecruitmentStage.Publicity, Now);
        application.Advance(campaign, RecruitmentStage.Hired, Now);

        (application.Stage, application.Status, application.WrittenScore, application.InterviewScore, application.TotalScore, application.Rank)
            .ShouldBe((RecruitmentStage.Hired, ApplicationStatus.Hired, (decimal?)78.5m, (decimal?)82m, (decimal?)80.25m, (int?)1));
        ((Action)(() => application.Fail("迟到", Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationNotActive);
    }

    [Fact]
    public async Task Assessment_first_puts_the_assessment_before_the_medical()
    {
        var campaign = await PublishedAsync(scoring: PositionScoring.ExaminationDefaults with { CheckOrder = CheckOrder.AssessmentFirst });
        var application = RankedExam(campaign);

        ((Action)(() => application.Advance(campaign, RecruitmentStage.Medical, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationStageOutOfOrder);
        application.Advance(campaign, RecruitmentStage.Assessment, Now);
        application.Advance(campaign, RecruitmentStage.Medical, Now);
        ((Action)(() => application.Advance(campaign, RecruitmentStage.Assessment, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationStageOutOfOrder);
        application.Advance(campaign, RecruitmentStage.Publicity, Now);
        application.Stage.ShouldBe(RecruitmentStage.Publicity);
    }

    [Fact]
    public async Task Direct_assessment_skips_the_written_exam()
    {
        var campaign = await PublishedAsync();
        var application = Apply(campaign, "B01");
        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);

        var refused = ((Action)(() => application.Advance(campaign, RecruitmentStage.WrittenExam, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationStageOutOfOrder);
        refused.Message("zh-Hans").ShouldBe("报名当前处于“资格初审”，不能进入“笔试”：下一环节应为“资格复审”。");
        application.Advance(campaign, RecruitmentStage.QualificationRechecked, Now);
        application.Advance(campaign, RecruitmentStage.Interview, Now);
        application.RecordInterviewScore(90m, Now);
        application.RecordRanking(campaign, 90m, 1, false, Now);
        application.Advance(campaign, RecruitmentStage.Medical, Now);
        application.Advance(campaign, RecruitmentStage.Assessment, Now);
        application.Advance(campaign, RecruitmentStage.Publicity, Now);
        application.Advance(campaign, RecruitmentStage.Hired, Now);
        (application.Status, application.WrittenScore).ShouldBe((ApplicationStatus.Hired, null));
    }

    [Fact]
    public async Task Moves_out_of_order_are_refused_forward_backward_and_in_place()
    {
        var campaign = await PublishedAsync();
        var application = Apply(campaign, "A01");

        foreach (var stage in Enum.GetValues<RecruitmentStage>().Where(s => s != RecruitmentStage.QualificationPassed))
        {
            ((Action)(() => application.Advance(campaign, stage, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationStageOutOfOrder);
        }

        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);
        ((Action)(() => application.Advance(campaign, RecruitmentStage.Registered, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationStageOutOfOrder);
        ((Action)(() => application.Advance(campaign, RecruitmentStage.Interview, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationStageOutOfOrder);
        application.Stage.ShouldBe(RecruitmentStage.QualificationPassed);
    }

    [Fact]
    public async Task The_written_exam_waits_for_the_opening_ratio_check_or_an_exemption()
    {
        var campaign = await PublishedAsync();
        var application = Apply(campaign, "A01");
        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);

        ((Action)(() => application.Advance(campaign, RecruitmentStage.WrittenExam, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationOpeningRatioNotChecked);
        // 2 places × 3 = 6 qualified: met, places stay 2.
        campaign.DecideOpeningRatio(campaign.Position("A01").Id, 6, 2, HrId, Now);
        application.Advance(campaign, RecruitmentStage.WrittenExam, Now);
        (campaign.Position("A01").Places, campaign.Position("A01").OpeningRatioQualifiedApplicants).ShouldBe((2, (int?)6));

        var draft = Draft();
        draft.SetOpeningRatioExemption(draft.Position("A01").Id, new OpeningRatioExemption("高层次人才岗位", "大高新人社〔2026〕3号", new DateOnly(2026, 3, 1)), Now);
        await Manager(await Planning.InMemoryWorkCalendarYearRepository.SeededAsync()).PublishAsync(draft, PublishedOn, NoticeEndsOn, HrId, Now);
        var exempt = Apply(draft, "A01");
        exempt.Advance(draft, RecruitmentStage.QualificationPassed, Now);
        exempt.Advance(draft, RecruitmentStage.WrittenExam, Now);
        exempt.Stage.ShouldBe(RecruitmentStage.WrittenExam);
    }

    [Fact]
    public async Task Scores_are_recorded_at_their_stage_in_range_and_needed_to_leave_it()
    {
        var campaign = await PublishedAsync();
        var application = Apply(campaign, "A01");
        ((Action)(() => application.RecordWrittenScore(70m, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationScoreNotAtStage);
        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);
        campaign.OpeningRatioMet("A01");
        application.Advance(campaign, RecruitmentStage.WrittenExam, Now);

        ((Action)(() => application.Advance(campaign, RecruitmentStage.QualificationRechecked, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationScoreMissing);
        ((Action)(() => application.RecordWrittenScore(100.01m, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationScoreOutOfRange);
        ((Action)(() => application.RecordWrittenScore(-0.5m, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationScoreOutOfRange);
        ((Action)(() => application.RecordInterviewScore(70m, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationScoreNotAtStage);
        application.RecordWrittenScore(100m, Now);
        application.Advance(campaign, RecruitmentStage.QualificationRechecked, Now);
        application.Advance(campaign, RecruitmentStage.Interview, Now);

        ((Action)(() => application.RecordRanking(campaign, 80m, 1, false, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationScoreMissing);
        ((Action)(() => application.Advance(campaign, RecruitmentStage.Ranked, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationScoreMissing);
        application.RecordInterviewScore(60m, Now);
        ((Action)(() => application.RecordRanking(campaign, 80m, 0, false, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationRankInvalid);
        application.Stage.ShouldBe(RecruitmentStage.Interview);
    }

    [Fact]
    public async Task Below_a_pass_line_the_candidate_goes_no_further()
    {
        // Pass lines 60 (written) and 70 (interview, raised where there is no competition).
        var campaign = await PublishedAsync(scoring: PositionScoring.ExaminationDefaults with { InterviewPassLine = 70m });
        var application = Apply(campaign, "A01");
        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);
        campaign.OpeningRatioMet("A01");
        application.Advance(campaign, RecruitmentStage.WrittenExam, Now);

        application.RecordWrittenScore(59.99m, Now);
        var refused = ((Action)(() => application.Advance(campaign, RecruitmentStage.QualificationRechecked, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationBelowPassLine);
        refused.Message("zh-Hans").ShouldBe("“笔试”成绩 59.99 低于合格线 60，不能进入下一环节。");
        application.RecordWrittenScore(60m, Now);
        application.Advance(campaign, RecruitmentStage.QualificationRechecked, Now);
        application.Advance(campaign, RecruitmentStage.Interview, Now);

        application.RecordInterviewScore(69.5m, Now);
        ((Action)(() => application.RecordRanking(campaign, 65m, 1, false, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationBelowPassLine);
        application.Fail("面试成绩低于合格线", Now);
        (application.Status, application.FailedAtStage, application.TotalScore).ShouldBe((ApplicationStatus.Failed, (RecruitmentStage?)RecruitmentStage.Interview, null));
    }

    [Fact]
    public async Task A_tie_is_flagged_for_an_extra_test_and_ranked_again_after_it()
    {
        var campaign = await PublishedAsync();
        var application = RankedExam(campaign, needsExtraTest: true);
        application.NeedsExtraTest.ShouldBeTrue();

        application.RecordRanking(campaign, 80m, 2, false, Now);

        (application.Stage, application.Rank, application.NeedsExtraTest).ShouldBe((RecruitmentStage.Ranked, (int?)2, false));
    }

    [Fact]
    public async Task A_failure_needs_a_reason_and_records_the_stage()
    {
        var campaign = await PublishedAsync();
        var application = RankedExam(campaign);
        application.Advance(campaign, RecruitmentStage.Medical, Now);

        ((Action)(() => application.Fail(" ", Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationReasonRequired);
        application.Fail("体检不合格", Now);

        (application.Status, application.FailedAtStage, application.StatusReason, application.Stage)
            .ShouldBe((ApplicationStatus.Failed, (RecruitmentStage?)RecruitmentStage.Medical, "体检不合格", RecruitmentStage.Medical));
        ((Action)(() => application.Advance(campaign, RecruitmentStage.Assessment, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationNotActive);
        ((Action)(() => application.Withdraw(null, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationNotActive);
    }

    [Fact]
    public async Task A_withdrawn_candidate_moves_no_further()
    {
        var campaign = await PublishedAsync();
        var application = Apply(campaign, "A01");

        application.Withdraw(null, Now);

        (application.Status, application.StatusReason).ShouldBe((ApplicationStatus.Withdrawn, null));
        ((Action)(() => application.Advance(campaign, RecruitmentStage.QualificationPassed, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationNotActive);
    }

    [Fact]
    public async Task Qualification_and_leaving_the_assessment_check_eligibility()
    {
        // Age limit 35 on the registration end 2026-03-24: a candidate born 1991-03-25 is 34.
        var campaign = await PublishedAsync(requirements: new PositionRequirements(MaxAge: 35, HouseholdRegistration: "辽宁省大连市"));
        var tooOld = Apply(campaign, "A01");
        var refused = ((Action)(() => tooOld.Advance(campaign, RecruitmentStage.QualificationPassed, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationNotEligible);
        refused.Message("zh-Hans").ShouldBe("王小明 不符合岗位资格条件：年龄超过限制。");
        tooOld.CheckEligibility(campaign).ShouldBe([IneligibilityReason.TooOld]);

        var eligible = RankedExam(campaign, candidate: Candidate() with { BirthDate = new DateOnly(1991, 3, 25) });
        eligible.Advance(campaign, RecruitmentStage.Medical, Now);
        eligible.Advance(campaign, RecruitmentStage.Assessment, Now);

        // 考察 re-checks: a 变更公告 narrowed the 户籍 to 甘井子区's neighbour after registration (the snapshot no longer fits).
        var position = campaign.Position("A01");
        campaign.Amend("更正户籍要求", HrId, "hr", Now, c => c.UpdatePosition(position.Id, "A01", position.Name, position.Places, position.Requirements with { HouseholdRegistration = "辽宁省大连市中山区" }, position.Scoring, Now));
        var recheck = ((Action)(() => eligible.Advance(campaign, RecruitmentStage.Publicity, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationNotEligible);
        recheck.Message("en").ShouldBe("王小明 does not meet the position's requirements: household registration (hukou) does not match.");
        eligible.Stage.ShouldBe(RecruitmentStage.Assessment);
    }

    [Fact]
    public async Task A_replacement_enters_the_first_check_from_the_ranking()
    {
        var campaign = await PublishedAsync(scoring: PositionScoring.ExaminationDefaults with { CheckOrder = CheckOrder.AssessmentFirst });
        var first = RankedExam(campaign);
        var second = RankedExam(campaign, rank: 2);
        first.Advance(campaign, RecruitmentStage.Assessment, Now);
        first.Fail("考察不合格", Now);

        second.EnterAsReplacement(campaign, first.Id, Now);

        (second.Stage, second.ReplacesApplicationId).ShouldBe((RecruitmentStage.Assessment, (Guid?)first.Id));
        ((Action)(() => second.EnterAsReplacement(campaign, first.Id, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationStageOutOfOrder);
        second.Advance(campaign, RecruitmentStage.Medical, Now);
        second.Advance(campaign, RecruitmentStage.Publicity, Now);

        var notRanked = Apply(campaign, "A01");
        ((Action)(() => notRanked.EnterAsReplacement(campaign, first.Id, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationStageOutOfOrder);
    }

    [Fact]
    public async Task No_replacement_where_the_position_does_not_replace()
    {
        var campaign = await PublishedAsync(scoring: PositionScoring.ExaminationDefaults with { Replacement = ReplacementPolicy.None });
        var second = RankedExam(campaign, rank: 2);

        ((Action)(() => second.EnterAsReplacement(campaign, Guid.NewGuid(), Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationReplacementNotAllowed);
        second.Stage.ShouldBe(RecruitmentStage.Ranked);
    }

    [Fact]
    public async Task A_cancelled_position_moves_no_one_on()
    {
        var campaign = await PublishedAsync();
        var application = Apply(campaign, "A01");
        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);

        // 2 places × 3 = 6 needed, 2 qualified: cancelled (2 cannot carry 1 × 3).
        campaign.DecideOpeningRatio(campaign.Position("A01").Id, 2, 0, HrId, Now);

        ((Action)(() => application.Advance(campaign, RecruitmentStage.WrittenExam, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignPositionCancelled);
    }

    [Fact]
    public async Task The_registration_form_and_relatives_change_only_before_the_qualification_review()
    {
        var campaign = await PublishedAsync();
        var application = Apply(campaign, "A01");
        var unit = Guid.NewGuid();

        application.DeclareRelatives([new RelativeDeclaration(KinshipRelation.Spouse, " 李红 ", unit, "财务局", true)], Now);
        application.SetCandidate(Candidate() with { Phone = " 13800000000 ", Major = " 软件工程 " }, Now);

        application.Relatives.Single().Declaration.ShouldBe(new RelativeDeclaration(KinshipRelation.Spouse, "李红", unit, "财务局", true));
        (application.Phone, application.Major).ShouldBe(("13800000000", "软件工程"));
        ((Action)(() => application.DeclareRelatives(Enumerable.Repeat(new RelativeDeclaration(KinshipRelation.CloseAffinalRelative, "某", null, "某局", false), 21).ToList(), Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationTooManyRelatives);
        ((Action)(() => application.SetCandidate(Candidate() with { BirthDate = new DateOnly(2030, 1, 1) }, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationCandidateInvalid);

        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);
        ((Action)(() => application.DeclareRelatives([], Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationRelativesLocked);
        ((Action)(() => application.SetCandidate(Candidate(), Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationRelativesLocked);
        application.Relatives.Count.ShouldBe(1);
    }

    [Fact]
    public void The_id_number_and_phone_are_personal_data()
    {
        // What the audit recorder and the app services' masking read.
        PersonalData.PersonalDataRegistry.KindOf(typeof(Application), nameof(Application.IdNumber)).ShouldBe(PersonalData.PersonalDataKind.IdNumber);
        PersonalData.PersonalDataRegistry.KindOf(typeof(Application), nameof(Application.Phone)).ShouldBe(PersonalData.PersonalDataKind.Phone);
        PersonalData.PersonalDataRegistry.KindOf(typeof(Application), nameof(Application.CandidateName)).ShouldBeNull();
    }

    private static Application RankedExam(RecruitmentCampaign campaign, int rank = 1, bool needsExtraTest = false, CandidateSnapshot? candidate = null)
    {
        var application = Apply(campaign, "A01", candidate ?? Candidate($"21020319900101{rank:0000}"));
        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);
        campaign.OpeningRatioMet("A01");
        application.Advance(campaign, RecruitmentStage.WrittenExam, Now);
        application.RecordWrittenScore(80m, Now);
        application.Advance(campaign, RecruitmentStage.QualificationRechecked, Now);
        application.Advance(campaign, RecruitmentStage.Interview, Now);
        application.RecordInterviewScore(80m, Now);
        application.RecordRanking(campaign, 80m, rank, needsExtraTest, Now);
        return application;
    }
}
