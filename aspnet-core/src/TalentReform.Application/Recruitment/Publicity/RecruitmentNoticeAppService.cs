using TalentReform.Data;
using TalentReform.Users;

namespace TalentReform.Recruitment;

/// <summary>公示 of proposed hires: drafted from applications past 体检 and 考察, published with its working-day period, objections recorded and resolved.</summary>
public class RecruitmentNoticeAppService(
    IRepository<RecruitmentPublicity> publicities,
    IRepository<RecruitmentCampaign> campaigns,
    IApplicationRepository applications,
    PublicityManager manager,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    TimeProvider clock) : IRecruitmentNoticeAppService
{
    public async Task<IReadOnlyList<RecruitmentNoticeDto>> GetListAsync(GetRecruitmentNoticesInput input, CancellationToken cancellationToken = default)
    {
        var query = publicities.GetDetachedQueryable();
        if (input.CampaignId is { } campaignId)
        {
            query = query.Where(p => p.CampaignId == campaignId);
        }

        var items = await executer.ToListAsync(query.OrderByDescending(p => p.CreationTime), cancellationToken);
        return items.Select(ToDto).ToList();
    }

    public async Task<RecruitmentNoticeDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await publicities.GetAsync(id, cancellationToken));

    public async Task<RecruitmentNoticeDto> CreateAsync(CreateRecruitmentNoticeDto input, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.GetAsync(input.CampaignId, cancellationToken);
        var now = clock.GetUtcNow();
        var publicity = new RecruitmentPublicity(Guid.NewGuid(), campaign.ZoneId!.Value, campaign.Id, input.Title, input.WorkingDays, now);
        foreach (var applicationId in input.ApplicationIds.Distinct())
        {
            publicity.AddEntry(campaign, await applications.GetAsync(applicationId, cancellationToken), now);
        }

        await publicities.InsertAsync(publicity, cancellationToken);
        await publicities.SaveChangesAsync(cancellationToken);
        return ToDto(publicity);
    }

    public async Task<RecruitmentNoticeDto> PublishAsync(Guid id, PublishRecruitmentNoticeDto input, CancellationToken cancellationToken = default)
    {
        var publicity = await publicities.GetAsync(id, cancellationToken);
        publicity.ConcurrencyStamp = input.ConcurrencyStamp;
        var campaign = await campaigns.GetAsync(publicity.CampaignId, cancellationToken);
        var listed = new List<Application>();
        foreach (var entry in publicity.Entries)
        {
            listed.Add(await applications.GetAsync(entry.ApplicationId, cancellationToken));
        }

        await manager.PublishAsync(publicity, campaign, listed, input.PublishedOn, currentUser.Id!.Value, clock.GetUtcNow(), cancellationToken);
        await publicities.SaveChangesAsync(cancellationToken);
        return ToDto(publicity);
    }

    public async Task<RecruitmentNoticeDto> AddObjectionAsync(Guid id, AddRecruitmentObjectionDto input, CancellationToken cancellationToken = default)
    {
        var publicity = await publicities.GetAsync(id, cancellationToken);
        publicity.RecordObjection(input.ApplicationId, input.RaisedBy, input.Content, input.ReceivedAt, currentUser.Id!.Value, clock.GetUtcNow());
        await publicities.SaveChangesAsync(cancellationToken);
        return ToDto(publicity);
    }

    public async Task<RecruitmentNoticeDto> ResolveObjectionAsync(
        Guid id, Guid objectionId, ResolveRecruitmentObjectionDto input, CancellationToken cancellationToken = default)
    {
        var publicity = await publicities.GetAsync(id, cancellationToken);
        var objection = publicity.Objections.SingleOrDefault(o => o.Id == objectionId)
            ?? throw new EntityNotFoundException("Entity:PublicityObjection", objectionId);
        var application = await applications.GetAsync(objection.ApplicationId, cancellationToken);
        publicity.ResolveObjection(objectionId, input.Resolution, input.Note, application, currentUser.Id!.Value, clock.GetUtcNow());
        await publicities.SaveChangesAsync(cancellationToken);
        return ToDto(publicity);
    }

    private RecruitmentNoticeDto ToDto(RecruitmentPublicity publicity) => publicity.ToDto(publicity.HasEnded(Planning.WorkingDayCalendar.ChinaDate(clock.GetUtcNow())));
}
