using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Recruitment;

[ApiController]
[Route("api/app/recruitment-campaigns")]
[Authorize(TalentReformPermissions.RecruitmentCampaigns.Default)]
public class RecruitmentCampaignController(IRecruitmentCampaignAppService campaigns) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<RecruitmentCampaignDto>> GetListAsync([FromQuery] GetRecruitmentCampaignsInput input, CancellationToken cancellationToken) =>
        campaigns.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<RecruitmentCampaignDto> GetAsync(Guid id, CancellationToken cancellationToken) => campaigns.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public Task<RecruitmentCampaignDto> CreateAsync(CreateRecruitmentCampaignDto input, CancellationToken cancellationToken) =>
        campaigns.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public Task<RecruitmentCampaignDto> UpdateAsync(Guid id, UpdateRecruitmentCampaignDto input, CancellationToken cancellationToken) =>
        campaigns.UpdateAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/publish")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public Task<RecruitmentCampaignDto> PublishAsync(Guid id, PublishRecruitmentCampaignDto input, CancellationToken cancellationToken) =>
        campaigns.PublishAsync(id, input, cancellationToken);

    /// <summary>变更公告: the only change a published notice accepts, recorded with its reason.</summary>
    [HttpPost("{id:guid}/amend")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public Task<RecruitmentCampaignDto> AmendAsync(Guid id, AmendRecruitmentCampaignDto input, CancellationToken cancellationToken) =>
        campaigns.AmendAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/close")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public Task<RecruitmentCampaignDto> CloseAsync(Guid id, CancellationToken cancellationToken) => campaigns.CloseAsync(id, cancellationToken);

    [HttpPost("{id:guid}/cancel")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public Task<RecruitmentCampaignDto> CancelAsync(Guid id, CancelRecruitmentCampaignDto input, CancellationToken cancellationToken) =>
        campaigns.CancelAsync(id, input, cancellationToken);

    [HttpPut("{id:guid}/positions/{positionId:guid}/exemption")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public Task<RecruitmentCampaignDto> SetExemptionAsync(Guid id, Guid positionId, OpeningRatioExemptionDto input, CancellationToken cancellationToken) =>
        campaigns.SetExemptionAsync(id, positionId, input, cancellationToken);

    /// <summary>开考比例: counts the qualified applicants and records the decision (met, exempted, places cut, cancelled).</summary>
    [HttpPost("{id:guid}/positions/{positionId:guid}/opening-ratio")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageCampaigns)]
    public Task<OpeningRatioDecisionDto> DecideOpeningRatioAsync(Guid id, Guid positionId, CancellationToken cancellationToken) =>
        campaigns.DecideOpeningRatioAsync(id, positionId, cancellationToken);
}
