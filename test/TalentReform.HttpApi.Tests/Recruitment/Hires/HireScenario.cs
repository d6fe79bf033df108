using Microsoft.Extensions.DependencyInjection;
using TalentReform.Data;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// A Dalian 直接考察 campaign of 2026 with two positions on two new vacant 事业编 posts of one unit that has exactly one
/// free 事业编 slot, and one candidate per position past 体检 and 考察 (ready for 公示). Written through the domain, out
/// of a request, as the campaign API is another part's.
/// </summary>
internal sealed record HireScenario(Guid CampaignId, Guid OrgUnitId, IReadOnlyList<Guid> PostIds, IReadOnlyList<Guid> ApplicationIds)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));

    public static async Task<HireScenario> CreateAsync(TalentReformWebApplicationFactory factory, string tag)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var allZones = services.GetRequiredService<IDataFilter>().DisableZoneFilter();
        var zoneId = TestData.DalianZoneId;
        var executer = services.GetRequiredService<IAsyncQueryableExecuter>();
        var quotas = services.GetRequiredService<IRepository<StaffingQuota>>();
        var appointments = services.GetRequiredService<IRepository<Appointment>>();
        var posts = services.GetRequiredService<IRepository<Post>>();

        // A unit with a 事业编 quota; its quota set to one above what it holds, so exactly one slot is free.
        var quota = (await executer.ToListAsync(quotas.GetQueryable().Where(q => q.ZoneId == zoneId && q.StaffingType == StaffingType.PublicInstitution && q.Approved > 0)))
            .OrderBy(q => q.OrgUnitId).First();
        var occupied = await executer.CountAsync(appointments.GetQueryable().Where(a => a.OrgUnitId == quota.OrgUnitId && a.StaffingType == StaffingType.PublicInstitution && a.EndedOn == null));
        quota.SetApproved(occupied + 1, occupied);
        var postIds = new List<Guid>();
        for (var i = 1; i <= 2; i++)
        {
            var post = new Post(Guid.NewGuid(), zoneId, quota.OrgUnitId, $"ZP-{tag}-{i}", $"招聘岗位{tag}{i}", $"Recruited post {tag}{i}", PostCategory.Professional, 10,
                StaffingType.PublicInstitution, LeadershipRole.None, 1m);
            await posts.InsertAsync(post);
            postIds.Add(post.Id);
        }

        var campaign = new RecruitmentCampaign(Guid.NewGuid(), zoneId, 2026, $"2026-H{tag}", $"2026年高层次人才直接考察{tag}", null, Guid.NewGuid(),
            new DateOnly(2026, 3, 18), new DateOnly(2026, 3, 24), Now);
        var positions = postIds.Select((postId, i) => campaign.AddPosition(new CampaignPositionSpec(
            Guid.NewGuid(), quota.OrgUnitId, postId, StaffingType.PublicInstitution, $"H{i + 1:00}", $"研究员{i + 1}", 1, PositionRequirements.None,
            PositionScoring.DirectAssessmentDefaults), Now)).ToList();
        await services.GetRequiredService<RecruitmentCampaignManager>().PublishAsync(campaign, new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 25), Guid.NewGuid(), Now);
        await services.GetRequiredService<IRepository<RecruitmentCampaign>>().InsertAsync(campaign);

        var manager = services.GetRequiredService<ApplicationManager>();
        var applicationIds = new List<Guid>();
        for (var i = 0; i < positions.Count; i++)
        {
            var candidate = new CandidateSnapshot($"候选人{tag}{i + 1}", $"21020319900101{tag}{i + 1}".PadRight(18, '3')[..18], "13912345678", new DateOnly(1990, 1, 1),
                EducationDegree.Doctorate, "材料科学与工程", "研究员", 6, null);
            var application = await manager.OpenAsync(campaign, positions[i].Id, candidate, Now, [], new DateOnly(2026, 3, 20), Now);
            application.Advance(campaign, RecruitmentStage.QualificationPassed, Now);
            application.Advance(campaign, RecruitmentStage.QualificationRechecked, Now);
            application.Advance(campaign, RecruitmentStage.Interview, Now);
            application.RecordInterviewScore(88m, Now);
            application.RecordRanking(campaign, 88m, 1, false, Now);
            application.Advance(campaign, RecruitmentStage.Medical, Now);
            application.Advance(campaign, RecruitmentStage.Assessment, Now);
            applicationIds.Add(application.Id);
        }

        await quotas.SaveChangesAsync();
        return new HireScenario(campaign.Id, quota.OrgUnitId, postIds, applicationIds);
    }
}
