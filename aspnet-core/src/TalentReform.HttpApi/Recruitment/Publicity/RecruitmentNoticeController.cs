using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Permissions;

namespace TalentReform.Recruitment;

/// <summary>公示 of proposed hires and its objections.</summary>
[ApiController]
[Route("api/app/recruitment-notices")]
[Authorize(TalentReformPermissions.RecruitmentCampaigns.Default)]
public class RecruitmentNoticeController(IRecruitmentNoticeAppService notices) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<RecruitmentNoticeDto>> GetListAsync([FromQuery] GetRecruitmentNoticesInput input, CancellationToken cancellationToken) =>
        notices.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<RecruitmentNoticeDto> GetAsync(Guid id, CancellationToken cancellationToken) => notices.GetAsync(id, cancellationToken);

    /// <summary>A draft 公示 of applications that passed 体检 and 考察.</summary>
    [HttpPost]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.Publicity)]
    public Task<RecruitmentNoticeDto> CreateAsync(CreateRecruitmentNoticeDto input, CancellationToken cancellationToken) =>
        notices.CreateAsync(input, cancellationToken);

    /// <summary>Publishes the 公示: the period (default 7 working days from the day after) is computed and stored.</summary>
    [HttpPost("{id:guid}/publish")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.Publicity)]
    public Task<RecruitmentNoticeDto> PublishAsync(Guid id, PublishRecruitmentNoticeDto input, CancellationToken cancellationToken) =>
        notices.PublishAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/objections")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.Publicity)]
    public Task<RecruitmentNoticeDto> AddObjectionAsync(Guid id, AddRecruitmentObjectionDto input, CancellationToken cancellationToken) =>
        notices.AddObjectionAsync(id, input, cancellationToken);

    /// <summary>Upheld fails the candidate at 公示 (递补 then follows on the applications); dismissed is recorded.</summary>
    [HttpPost("{id:guid}/objections/{objectionId:guid}/resolve")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.Publicity)]
    public Task<RecruitmentNoticeDto> ResolveObjectionAsync(Guid id, Guid objectionId, ResolveRecruitmentObjectionDto input, CancellationToken cancellationToken) =>
        notices.ResolveObjectionAsync(id, objectionId, input, cancellationToken);
}
