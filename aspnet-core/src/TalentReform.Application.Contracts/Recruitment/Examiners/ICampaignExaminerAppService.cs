namespace TalentReform.Recruitment;

/// <summary>考官 of a campaign, with their declared relations (examiner recusal in score entry).</summary>
public interface ICampaignExaminerAppService
{
    Task<IReadOnlyList<CampaignExaminerDto>> GetListAsync(Guid campaignId, CancellationToken cancellationToken = default);
    Task<CampaignExaminerDto> AddAsync(Guid campaignId, AddCampaignExaminerDto input, CancellationToken cancellationToken = default);
    Task RemoveAsync(Guid campaignId, Guid examinerId, CancellationToken cancellationToken = default);
}
