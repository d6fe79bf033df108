using TalentReform.Fakes;
using TalentReform.Planning;
using static TalentReform.Recruitment.CampaignFixtures;

namespace TalentReform.Recruitment;

/// <summary>公示 of proposed hires: the period on the 2026 calendar, objections received and resolved, and when a hire may follow.</summary>
public class RecruitmentPublicityTests
{
    private static readonly Guid Hr = Guid.NewGuid();

    // Published Mon 2026-09-28: 09-29 (1), 09-30 (2), 国庆 10-01…10-07 off, 10-08 (3), 10-09 (4), Sat 10-10 make-up (5),
    // 10-12 (6), 10-13 (7).
    private static readonly DateOnly PublishedOn = new(2026, 9, 28);
    private static readonly DateOnly EndsOn = new(2026, 10, 13);

    [Fact]
    public async Task Publishing_stores_seven_working_days_across_the_national_day_and_moves_the_hires_to_publicity()
    {
        var (campaign, publicity, applications) = await DraftAsync(2);

        await PublishAsync(publicity, campaign, applications);

        publicity.Status.ShouldBe(RecruitmentPublicityStatus.Published);
        (publicity.PublishedOn, publicity.StartsOn, publicity.EndsOn).ShouldBe((PublishedOn, new DateOnly(2026, 9, 29), EndsOn));
        applications.ShouldAllBe(a => a.Stage == RecruitmentStage.Publicity);
        ((Action)(() => publicity.AddEntry(campaign, applications[0], Now))).ShouldBeRefusedWith(TalentReformErrorCodes.PublicityNotDraft);
    }

    [Fact]
    public async Task Only_applications_past_medical_and_assessment_are_listed_once()
    {
        var campaign = await PublishedAsync();
        var publicity = new RecruitmentPublicity(Guid.NewGuid(), ZoneId, campaign.Id, "拟聘人员公示", 7, Now);
        var ranked = Ranked(campaign, 1);

        ((Action)(() => publicity.AddEntry(campaign, ranked, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.PublicityApplicationNotReady);
        ranked.Advance(campaign, RecruitmentStage.Medical, Now);
        ranked.Advance(campaign, RecruitmentStage.Assessment, Now);
        publicity.AddEntry(campaign, ranked, Now);
        ((Action)(() => publicity.AddEntry(campaign, ranked, Now))).ShouldBeRefusedWith(TalentReformErrorCodes.PublicityApplicationDuplicate);
    }

    [Fact]
    public async Task An_empty_publicity_is_not_published()
    {
        var campaign = await PublishedAsync();
        var publicity = new RecruitmentPublicity(Guid.NewGuid(), ZoneId, campaign.Id, "拟聘人员公示", 7, Now);

        await Should.ThrowAsync<BusinessException>(() => PublishAsync(publicity, campaign, []));

        publicity.Status.ShouldBe(RecruitmentPublicityStatus.Draft);
    }

    [Fact]
    public async Task The_hire_waits_for_the_day_after_the_last_day()
    {
        var (campaign, publicity, applications) = await DraftAsync(1);
        await PublishAsync(publicity, campaign, applications);

        ((Action)(() => publicity.EnsureHireAllowed(applications[0].Id, EndsOn))).ShouldBeRefusedWith(TalentReformErrorCodes.PublicityNotEnded);
        publicity.HasEnded(EndsOn).ShouldBeFalse();
        publicity.EnsureHireAllowed(applications[0].Id, EndsOn.AddDays(1));
    }

    [Fact]
    public async Task Objections_are_received_only_inside_the_period()
    {
        var (campaign, publicity, applications) = await DraftAsync(1);
        await PublishAsync(publicity, campaign, applications);
        var later = At(new DateOnly(2026, 10, 20), 9);

        // The last day counts until 23:59 China time; the next morning is too late; a letter dated before publication too.
        publicity.RecordObjection(applications[0].Id, "匿名", "学历造假", At(EndsOn, 23), Hr, later);
        ((Action)(() => publicity.RecordObjection(applications[0].Id, "匿名", "学历造假", At(EndsOn.AddDays(1), 8), Hr, later)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.PublicityObjectionOutsidePeriod);
        ((Action)(() => publicity.RecordObjection(applications[0].Id, "匿名", "学历造假", At(PublishedOn.AddDays(-1), 10), Hr, later)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.PublicityObjectionOutsidePeriod);
        ((Action)(() => publicity.RecordObjection(applications[0].Id, " ", "学历造假", At(EndsOn, 10), Hr, later)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.PublicityObjectionInvalid);
        ((Action)(() => publicity.RecordObjection(Guid.NewGuid(), "张三", "学历造假", At(EndsOn, 10), Hr, later)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.PublicityApplicationNotListed);
        publicity.Objections.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_pending_objection_holds_the_hire_and_a_dismissed_one_releases_it()
    {
        var (campaign, publicity, applications) = await DraftAsync(2);
        await PublishAsync(publicity, campaign, applications);
        var afterEnd = EndsOn.AddDays(1);
        var objection = publicity.RecordObjection(applications[0].Id, "张三", "曾受处分未如实填报", At(new DateOnly(2026, 10, 9), 10), Hr, At(afterEnd, 9));

        ((Action)(() => publicity.EnsureHireAllowed(applications[0].Id, afterEnd))).ShouldBeRefusedWith(TalentReformErrorCodes.PublicityObjectionPending);
        publicity.EnsureHireAllowed(applications[1].Id, afterEnd);

        publicity.ResolveObjection(objection.Id, ObjectionResolution.Dismissed, "经核查，处分已于2020年解除", applications[0], Hr, At(afterEnd, 10));

        (objection.Resolution, objection.ResolvedBy, objection.ResolutionNote).ShouldBe((ObjectionResolution.Dismissed, (Guid?)Hr, "经核查，处分已于2020年解除"));
        applications[0].IsActive.ShouldBeTrue();
        publicity.EnsureHireAllowed(applications[0].Id, afterEnd);
        ((Action)(() => publicity.ResolveObjection(objection.Id, ObjectionResolution.Upheld, "再议", applications[0], Hr, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.PublicityObjectionAlreadyResolved);
    }

    [Fact]
    public async Task An_upheld_objection_fails_the_candidate_at_publicity_with_the_finding()
    {
        var (campaign, publicity, applications) = await DraftAsync(1);
        await PublishAsync(publicity, campaign, applications);
        var objection = publicity.RecordObjection(applications[0].Id, "李四", "学历证书系伪造", At(new DateOnly(2026, 9, 30), 10), Hr, At(new DateOnly(2026, 9, 30), 11));

        publicity.ResolveObjection(objection.Id, ObjectionResolution.Upheld, "经学信网核查，学历证书系伪造", applications[0], Hr, At(new DateOnly(2026, 10, 8), 9));

        (applications[0].Status, applications[0].FailedAtStage, applications[0].StatusReason)
            .ShouldBe((ApplicationStatus.Failed, (RecruitmentStage?)RecruitmentStage.Publicity, "经学信网核查，学历证书系伪造"));
        ((Action)(() => publicity.EnsureHireAllowed(applications[0].Id, EndsOn.AddDays(1)))).ShouldBeRefusedWith(TalentReformErrorCodes.PublicityObjectionUpheld);
    }

    [Fact]
    public async Task A_publicity_length_outside_the_calendar_is_refused()
    {
        var campaign = await PublishedAsync();

        ((Action)(() => new RecruitmentPublicity(Guid.NewGuid(), ZoneId, campaign.Id, "拟聘人员公示", 0, Now)))
            .ShouldBeRefusedWith(TalentReformErrorCodes.RecruitmentWorkingDaysOutOfRange);
    }

    private static async Task<(RecruitmentCampaign Campaign, RecruitmentPublicity Publicity, List<Application> Applications)> DraftAsync(int count)
    {
        var campaign = await PublishedAsync();
        var publicity = new RecruitmentPublicity(Guid.NewGuid(), ZoneId, campaign.Id, "2026年拟聘人员公示", 7, Now);
        var applications = Enumerable.Range(1, count).Select(rank => Checked(campaign, rank)).ToList();
        applications.ForEach(a => publicity.AddEntry(campaign, a, Now));
        return (campaign, publicity, applications);
    }

    private static async Task PublishAsync(RecruitmentPublicity publicity, RecruitmentCampaign campaign, IReadOnlyList<Application> applications)
    {
        var manager = new PublicityManager(new PublicityPeriodCalculator(new WorkingDayCalendar(await InMemoryWorkCalendarYearRepository.SeededAsync())));
        await manager.PublishAsync(publicity, campaign, applications, PublishedOn, Hr, At(PublishedOn, 9));
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private static Application Checked(RecruitmentCampaign campaign, int rank)
    {
        var application = Ranked(campaign, rank);
        application.Advance(campaign, RecruitmentStage.Medical, Now);
        application.Advance(campaign, RecruitmentStage.Assessment, Now);
        return application;
    }

    private static Application Ranked(RecruitmentCampaign campaign, int rank)
    {
        var application = Apply(campaign, "A01", Candidate($"21020319900101{rank:0000}"));
        application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);
        campaign.OpeningRatioMet("A01");
        application.Advance(campaign, RecruitmentStage.WrittenExam, Now);
        application.RecordWrittenScore(80m, Now);
        application.Advance(campaign, RecruitmentStage.QualificationRechecked, Now);
        application.Advance(campaign, RecruitmentStage.Interview, Now);
        application.RecordInterviewScore(80m, Now);
        application.RecordRanking(campaign, 80m, rank, false, Now);
        return application;
    }
}
