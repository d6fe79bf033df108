namespace TalentReform.Recruitment;

public interface IRecruitmentCampaignAppService
{
    Task<IReadOnlyList<RecruitmentCampaignDto>> GetListAsync(GetRecruitmentCampaignsInput input, CancellationToken cancellationToken = default);
    Task<RecruitmentCampaignDto> GetAsync(Guid id, CancellationToken cancellationToken = default);
    Task<RecruitmentCampaignDto> CreateAsync(CreateRecruitmentCampaignDto input, CancellationToken cancellationToken = default);
    Task<RecruitmentCampaignDto> UpdateAsync(Guid id, UpdateRecruitmentCampaignDto input, CancellationToken cancellationToken = default);
    Task<RecruitmentCampaignDto> PublishAsync(Guid id, PublishRecruitmentCampaignDto input, CancellationToken cancellationToken = default);
    Task<RecruitmentCampaignDto> AmendAsync(Guid id, AmendRecruitmentCampaignDto input, CancellationToken cancellationToken = default);
    Task<RecruitmentCampaignDto> CloseAsync(Guid id, CancellationToken cancellationToken = default);
    Task<RecruitmentCampaignDto> CancelAsync(Guid id, CancelRecruitmentCampaignDto input, CancellationToken cancellationToken = default);
    Task<RecruitmentCampaignDto> SetExemptionAsync(Guid id, Guid positionId, OpeningRatioExemptionDto input, CancellationToken cancellationToken = default);
    Task<OpeningRatioDecisionDto> DecideOpeningRatioAsync(Guid id, Guid positionId, CancellationToken cancellationToken = default);
}
