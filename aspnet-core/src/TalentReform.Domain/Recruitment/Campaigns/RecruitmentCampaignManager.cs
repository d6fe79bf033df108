using TalentReform.Planning;

namespace TalentReform.Recruitment;

/// <summary>
/// Publishes campaigns: counts the notice period on the national working-day calendar (调休 days count, holidays do not),
/// as <see cref="NoticePeriodChecker"/> does: from the day after publication (the stricter reading, RECRUITMENT-RULES §1.2).
/// </summary>
public class RecruitmentCampaignManager(WorkingDayCalendar calendar)
{
    /// <summary>
    /// Publishes the notice from <paramref name="publishedOn"/> to <paramref name="noticeEndsOn"/>: the notice must stay
    /// public at least the campaign's <see cref="RecruitmentCampaign.NoticeWorkingDays"/> working days after the day of
    /// publication (a notice published on Wednesday 2026-03-18 has 5 working days up to Wednesday 03-25).
    /// </summary>
    public async Task PublishAsync(
        RecruitmentCampaign campaign, DateOnly publishedOn, DateOnly noticeEndsOn, Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var counted = noticeEndsOn < publishedOn ? 0 : await calendar.WorkingDaysBetweenAsync(publishedOn, noticeEndsOn, cancellationToken);
        campaign.Publish(publishedOn, noticeEndsOn, counted, userId, now);
    }
}
