namespace TalentReform.Recruitment;

/// <summary>
/// Publishes campaigns under the notice rule of <see cref="NoticePeriodChecker"/> (one rule, one place): the notice
/// public at least the campaign's working days on the national calendar, counted from the day after publication (the
/// stricter reading, RECRUITMENT-RULES §1.2), registration long enough and not open before the notice.
/// </summary>
public class RecruitmentCampaignManager(NoticePeriodChecker noticeRule)
{
    /// <summary>
    /// Publishes the notice from <paramref name="publishedOn"/> to <paramref name="noticeEndsOn"/> (a notice published on
    /// Monday 2026-03-16 has its 7 working days up to Wednesday 03-25); refused with the first rule it breaks.
    /// </summary>
    public async Task PublishAsync(
        RecruitmentCampaign campaign, DateOnly publishedOn, DateOnly noticeEndsOn, Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        campaign.EnsurePublishable();
        await noticeRule.EnsureValidAsync(
            new NoticeSchedule(publishedOn, noticeEndsOn, campaign.RegistrationStart, campaign.RegistrationEnd)
            {
                NoticeWorkingDays = campaign.NoticeWorkingDays,
                RegistrationDays = campaign.MinRegistrationDays,
            },
            cancellationToken);
        campaign.Publish(publishedOn, noticeEndsOn, userId, now);
    }
}
