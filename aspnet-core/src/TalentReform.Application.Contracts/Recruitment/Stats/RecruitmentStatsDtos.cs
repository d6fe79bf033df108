namespace TalentReform.Recruitment;

/// <summary>The recruitment funnel of a zone (or one campaign): per campaign and in total.</summary>
public record RecruitmentStatsDto(RecruitmentFunnelDto Total, IReadOnlyList<RecruitmentFunnelDto> Campaigns);

/// <param name="ApplicantsPerPlace">Applicants over the places of the positions not cancelled (null without places).</param>
/// <param name="Stages">Per stage: how many reached it and the share of those who reached the previous one.</param>
/// <param name="AverageDaysNoticeToHire">Calendar days from the notice's publication to the hire's first day, averaged over hires.</param>
public record RecruitmentFunnelDto(
    Guid? CampaignId, string? CampaignCode, string? CampaignTitle, int Positions, int CancelledPositions, int Places, int Applicants,
    decimal? ApplicantsPerPlace, IReadOnlyList<RecruitmentStageCountDto> Stages, int Hired, decimal? AverageDaysNoticeToHire);

/// <param name="PassRate">Reached / reached the previous stage, in percent with two decimals (null for the first stage or none before).</param>
public record RecruitmentStageCountDto(RecruitmentStage Stage, int Reached, decimal? PassRate);

public class GetRecruitmentStatsInput
{
    public Guid? CampaignId { get; set; }
}

public interface IRecruitmentStatsAppService
{
    Task<RecruitmentStatsDto> GetAsync(GetRecruitmentStatsInput input, CancellationToken cancellationToken = default);
}
