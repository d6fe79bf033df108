namespace TalentReform.Recruitment;

/// <summary>Publishes a 公示 with its period computed on the national working-day calendar.</summary>
public class PublicityManager(PublicityPeriodCalculator periods)
{
    public async Task<PublicityPeriod> PublishAsync(
        RecruitmentPublicity publicity, RecruitmentCampaign campaign, IReadOnlyList<Application> applications, DateOnly publishedOn,
        Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var period = await periods.ComputeAsync(publishedOn, publicity.WorkingDays, cancellationToken);
        publicity.Publish(campaign, applications, period, userId, now);
        return period;
    }
}
