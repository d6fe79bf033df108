using TalentReform.PersonalData;
using static TalentReform.Recruitment.CampaignFixtures;

namespace TalentReform.Recruitment;

/// <summary>
/// 履职回避 in score entry (an examiner related to the candidate does not score them; relations matched by 身份证号) and
/// the stored 回避 flags HR reviews once, recorded with who and when.
/// </summary>
public class ExaminerAndAvoidanceReviewTests
{
    private const string CandidateIdNumber = "210203199001011234";

    [Fact]
    public async Task An_examiner_whose_declared_relative_is_the_candidate_must_recuse_the_others_score_and_are_recorded()
    {
        var campaign = await PublishedAsync();
        var application = AtWrittenExam(campaign);
        var related = Examiner(campaign, "K01", new ExaminerRelativeDeclaration(KinshipRelation.Spouse, "王小明", CandidateIdNumber));
        var other = Examiner(campaign, "K02", new ExaminerRelativeDeclaration(KinshipRelation.LinealBloodRelative, "王大明", "210203196001011232"));

        var refused = ((Action)(() => ExaminerPanel.EnsureMayScore([related, other], [other.Id, related.Id], application)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.ExaminerMustRecuse);
        refused.Message("zh-Hans").ShouldBe("考官与该考生存在须回避的关系（夫妻关系），不得评分。");

        var scoredBy = ExaminerPanel.EnsureMayScore([related, other], [other.Id, other.Id], application);
        application.RecordWrittenScore(82m, Now, scoredBy);
        application.WrittenScore.ShouldBe(82m);
        application.WrittenExaminerIds.ShouldBe([other.Id]);
    }

    [Fact]
    public async Task Once_examiners_are_registered_a_score_names_registered_ones_without_any_a_score_needs_none()
    {
        var campaign = await PublishedAsync();
        var application = AtWrittenExam(campaign);
        var examiner = Examiner(campaign, "K01");
        var elsewhere = new CampaignExaminer(Guid.NewGuid(), ZoneId, Guid.NewGuid(), "K09", "外单位考官", "210203197001011235", null, [], Now);

        ExaminerPanel.EnsureMayScore([], [], application).ShouldBeEmpty();
        ((Action)(() => ExaminerPanel.EnsureMayScore([examiner], [], application))).ShouldBeRefusedWith(TalentReformErrorCodes.ExaminersRequired);
        ((Action)(() => ExaminerPanel.EnsureMayScore([examiner], [Guid.NewGuid()], application))).ShouldBeRefusedWith(TalentReformErrorCodes.ExaminerNotRegistered);
        ((Action)(() => ExaminerPanel.EnsureMayScore([examiner, elsewhere], [elsewhere.Id], application))).ShouldBeRefusedWith(TalentReformErrorCodes.ExaminerNotRegistered);
        ExaminerPanel.EnsureMayScore([examiner], [examiner.Id], application).ShouldBe([examiner.Id]);
    }

    [Fact]
    public void The_examiners_and_their_relatives_id_numbers_are_personal_data_and_the_code_is_kept_upper_case()
    {
        var examiner = new CampaignExaminer(Guid.NewGuid(), ZoneId, Guid.NewGuid(), " k01 ", " 周考官 ", "210203197001011235", " ", [], Now);

        (examiner.Code, examiner.Name, examiner.Organization).ShouldBe(("K01", "周考官", null));
        PersonalDataRegistry.KindOf(typeof(CampaignExaminer), nameof(CampaignExaminer.IdNumber)).ShouldBe(PersonalDataKind.IdNumber);
        PersonalDataRegistry.KindOf(typeof(ExaminerRelative), nameof(ExaminerRelative.IdNumber)).ShouldBe(PersonalDataKind.IdNumber);
    }

    [Fact]
    public async Task A_same_unit_flag_is_stored_on_the_relative_and_reviewed_once_with_who_and_when()
    {
        var campaign = await PublishedAsync();
        var flagged = Apply(campaign, "A01");
        var unit = Guid.NewGuid();
        flagged.DeclareRelatives([new RelativeDeclaration(KinshipRelation.Spouse, "李红", unit, "科创中心", false, AvoidanceReason.SameUnit)], Now);
        var clean = Apply(campaign, "A01", Candidate("210203199001011250"));
        var reviewer = Guid.NewGuid();

        flagged.NeedsAvoidanceReview.ShouldBeTrue();
        flagged.Relatives.Single().Declaration.ShouldBe(new RelativeDeclaration(KinshipRelation.Spouse, "李红", unit, "科创中心", false, AvoidanceReason.SameUnit));
        flagged.ReviewAvoidance(reviewer, " 人事处张 ", " 非直接上下级，同意报考 ", Now);

        (flagged.NeedsAvoidanceReview, flagged.AvoidanceReviewedBy, flagged.AvoidanceReviewerName, flagged.AvoidanceReviewNote, flagged.AvoidanceReviewedAt)
            .ShouldBe((false, (Guid?)reviewer, "人事处张", "非直接上下级，同意报考", (DateTimeOffset?)Now));
        var again = ((Action)(() => flagged.ReviewAvoidance(Guid.NewGuid(), "李", null, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationAvoidanceAlreadyReviewed);
        again.Message("en").ShouldBe("The avoidance flags of 王小明 were already reviewed by 人事处张.");
        ((Action)(() => clean.ReviewAvoidance(reviewer, "人事处张", null, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.ApplicationNoAvoidanceFlag);
        clean.NeedsAvoidanceReview.ShouldBeFalse();
    }

    private static Application AtWrittenExam(RecruitmentCampaign campaign)
    {
        var application = Apply(campaign, "A01", Candidate(CandidateIdNumber));
        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);
        campaign.OpeningRatioMet("A01");
        application.Advance(campaign, RecruitmentStage.WrittenExam, Now);
        return application;
    }

    private static CampaignExaminer Examiner(RecruitmentCampaign campaign, string code, params ExaminerRelativeDeclaration[] relatives) =>
        new(Guid.NewGuid(), ZoneId, campaign.Id, code, "考官" + code, "21020319700101123" + code[^1], "大连理工大学", relatives, Now);
}
