using TalentReform.Fakes;
using TalentReform.Planning;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>A 2026 campaign: notice published Monday 2026-03-16, registration 03-18 to 03-24, an examination and a direct-assessment position.</summary>
internal static class CampaignFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly Guid ZoneId = Guid.NewGuid();
    public static readonly Guid HrId = Guid.NewGuid();
    public static readonly DateOnly PublishedOn = new(2026, 3, 16);

    // Published Mon 03-16, counted from the day after: 17, 18, 19, 20, 23, 24, 25 = 7 working days up to Wed 03-25
    // (the weekend 21–22 does not count).
    public static readonly DateOnly NoticeEndsOn = new(2026, 3, 25);

    public static RecruitmentCampaign Draft(PositionRequirements? requirements = null, PositionScoring? scoring = null, PositionScoring? directScoring = null)
    {
        var campaign = new RecruitmentCampaign(
            Guid.NewGuid(), ZoneId, 2026, "2026-01", "2026年高新区事业单位公开招聘", "2026 open recruitment", Guid.NewGuid(),
            new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 24), Now);
        campaign.AddPosition(Spec("A01", 2, requirements ?? PositionRequirements.None, scoring ?? PositionScoring.ExaminationDefaults), Now);
        campaign.AddPosition(Spec("B01", 1, PositionRequirements.None, directScoring ?? PositionScoring.DirectAssessmentDefaults), Now);
        return campaign;
    }

    public static CampaignPositionSpec Spec(string code, int places, PositionRequirements requirements, PositionScoring scoring) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), StaffingType.PublicInstitution, code, "岗位" + code, places, requirements, scoring);

    public static async Task<RecruitmentCampaign> PublishedAsync(PositionRequirements? requirements = null, PositionScoring? scoring = null, PositionScoring? directScoring = null)
    {
        var campaign = Draft(requirements, scoring, directScoring);
        await Manager(await InMemoryWorkCalendarYearRepository.SeededAsync()).PublishAsync(campaign, PublishedOn, NoticeEndsOn, HrId, Now);
        return campaign;
    }

    public static RecruitmentCampaignManager Manager(InMemoryWorkCalendarYearRepository calendar) => new(new NoticePeriodChecker(new WorkingDayCalendar(calendar)));

    public static CampaignPosition Position(this RecruitmentCampaign campaign, string code) => campaign.Positions.Single(p => p.Code == code);

    /// <summary>The 开考比例 check of a position whose ratio is met: places × ratio qualified applicants, places unchanged.</summary>
    public static void OpeningRatioMet(this RecruitmentCampaign campaign, string positionCode)
    {
        var position = campaign.Position(positionCode);
        if (!position.OpeningRatioDecided)
        {
            campaign.DecideOpeningRatio(position.Id, position.Places * position.OpeningRatio!.Value, position.Places, HrId, Now);
        }
    }

    public static CandidateSnapshot Candidate(string idNumber = "210203199001011234") =>
        new("王小明", idNumber, "13912345678", new DateOnly(1990, 1, 1), EducationDegree.Master, "计算机科学与技术", "工程师", 8, "辽宁省大连市甘井子区");

    public static Application Apply(RecruitmentCampaign campaign, string positionCode, CandidateSnapshot? candidate = null) =>
        new(Guid.NewGuid(), ZoneId, campaign.Id, campaign.Position(positionCode).Id, candidate ?? Candidate(), Now, [], Now);
}

internal sealed class InMemoryApplicationRepository : InMemoryRepository<Application>, IApplicationRepository
{
    public Task<Guid?> FindIdByIdNumberAsync(Guid campaignId, string idNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.FirstOrDefault(a => a.CampaignId == campaignId && a.IdNumber == idNumber)?.Id);

    public IReadOnlyList<Application> All => Items;
}
