namespace TalentReform.Recruitment;

/// <summary>One application as the funnel counts it.</summary>
public sealed record FunnelApplication(Guid CampaignId, RecruitmentStage Stage, ApplicationStatus Status);

/// <summary>
/// The recruitment funnel (issue 12 rule 12): an application reached every stage up to the one it is at (a failed one
/// stopped at the stage it failed). 直接考察 has no 笔试: its applications count as past it once 资格初审 passed, so pass
/// rates compare like with like. Rates in percent, two decimals, half up.
/// </summary>
public static class RecruitmentFunnelMapper
{
    public static RecruitmentFunnelDto Compute(
        RecruitmentCampaign? campaign, IReadOnlyList<CampaignPosition> positions, IReadOnlyList<FunnelApplication> applications, IReadOnlyList<Hire> hires)
    {
        var places = positions.Where(p => !p.IsCancelled).Sum(p => p.Places);
        var stages = Enum.GetValues<RecruitmentStage>();
        var counts = new List<RecruitmentStageCountDto>();
        int? previous = null;
        foreach (var stage in stages)
        {
            var reached = applications.Count(a => a.Stage >= stage);
            counts.Add(new RecruitmentStageCountDto(stage, reached, previous is > 0 ? Percent(reached, previous.Value) : null));
            previous = reached;
        }

        var days = hires.Where(h => h.NoticePublishedOn is not null).Select(h => h.StartsOn.DayNumber - h.NoticePublishedOn!.Value.DayNumber).ToList();
        return new RecruitmentFunnelDto(
            campaign?.Id, campaign?.Code, campaign?.TitleZh, positions.Count, positions.Count(p => p.IsCancelled), places, applications.Count,
            places > 0 ? Math.Round((decimal)applications.Count / places, 2, MidpointRounding.AwayFromZero) : null,
            counts, applications.Count(a => a.Status == ApplicationStatus.Hired),
            days.Count > 0 ? Math.Round((decimal)days.Sum() / days.Count, 2, MidpointRounding.AwayFromZero) : null);
    }

    public static RecruitmentStatsDto ToStatsDto(RecruitmentFunnelDto total, IReadOnlyList<RecruitmentFunnelDto> campaigns) => new(total, campaigns);

    private static decimal Percent(int part, int whole) => Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);
}
