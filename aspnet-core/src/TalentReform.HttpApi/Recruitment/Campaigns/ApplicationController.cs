using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Excel;
using TalentReform.Permissions;

namespace TalentReform.Recruitment;

[ApiController]
[Route("api/app/applications")]
[Authorize(TalentReformPermissions.RecruitmentCampaigns.Default)]
public class ApplicationController(IApplicationAppService applications) : ControllerBase
{
    /// <summary>报名, entered by HR, with the 诚信承诺 and the declared relatives (回避 refuses or flags).</summary>
    [HttpPost]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageApplications)]
    public Task<ApplicationRegistrationDto> RegisterAsync(RegisterApplicationDto input, CancellationToken cancellationToken) =>
        applications.RegisterAsync(input, cancellationToken);

    [HttpGet]
    public Task<IReadOnlyList<ApplicationDto>> GetListAsync([FromQuery] GetApplicationsInput input, CancellationToken cancellationToken) =>
        applications.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<ApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken) => applications.GetAsync(id, cancellationToken);

    [HttpPost("{id:guid}/advance")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageApplications)]
    public Task<ApplicationDto> AdvanceAsync(Guid id, AdvanceApplicationDto input, CancellationToken cancellationToken) =>
        applications.AdvanceAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/fail")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageApplications)]
    public Task<ApplicationDto> FailAsync(Guid id, FailApplicationDto input, CancellationToken cancellationToken) =>
        applications.FailAsync(id, input, cancellationToken);

    [HttpPut("{id:guid}/written-score")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.EnterScores)]
    public Task<ApplicationDto> EnterWrittenScoreAsync(Guid id, EnterScoreDto input, CancellationToken cancellationToken) =>
        applications.EnterWrittenScoreAsync(id, input, cancellationToken);

    [HttpPut("{id:guid}/interview-score")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.EnterScores)]
    public Task<ApplicationDto> EnterInterviewScoreAsync(Guid id, EnterScoreDto input, CancellationToken cancellationToken) =>
        applications.EnterInterviewScoreAsync(id, input, cancellationToken);

    /// <summary>An empty .xlsx with the score columns (身份证号, 笔试成绩, 面试成绩).</summary>
    [HttpGet("import-template")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> GetImportTemplateAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Of(await applications.GetImportTemplateAsync(cancellationToken));

    /// <summary>Imports a campaign's scores from an .xlsx (field <c>file</c>): all rows or none; a dry run only checks.</summary>
    [HttpPost("import")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.EnterScores)]
    [RequestSizeLimit(ExcelDownload.MaxRequestBytes)]
    public async Task<ImportResultDto> ImportScoresAsync(
        IFormFile file, [FromQuery, Required] Guid? campaignId, [FromQuery] bool dryRun = true, CancellationToken cancellationToken = default)
    {
        await using var stream = file.OpenReadStream();
        return await applications.ImportScoresAsync(campaignId!.Value, stream, dryRun, cancellationToken);
    }

    [HttpPost("shortlist")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageApplications)]
    public Task<InterviewShortlistDto> ShortlistAsync(PositionRefDto input, CancellationToken cancellationToken) =>
        applications.ShortlistAsync(input, cancellationToken);

    [HttpPost("rank")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageApplications)]
    public Task<RankingDto> RankAsync(RankPositionDto input, CancellationToken cancellationToken) =>
        applications.RankAsync(input, cancellationToken);

    /// <summary>递补 for the place this (failed or withdrawn, ranked) application left.</summary>
    [HttpPost("{id:guid}/replace")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageApplications)]
    public Task<ReplacementDto> ReplaceAsync(Guid id, CancellationToken cancellationToken) => applications.ReplaceAsync(id, cancellationToken);

    /// <summary>HR reviewed the 回避 flags (relatives in the same unit): recorded once, with who and when.</summary>
    [HttpPost("{id:guid}/avoidance-review")]
    [Authorize(TalentReformPermissions.RecruitmentCampaigns.ManageApplications)]
    public Task<ApplicationDto> ReviewAvoidanceAsync(Guid id, ReviewAvoidanceDto input, CancellationToken cancellationToken) =>
        applications.ReviewAvoidanceAsync(id, input, cancellationToken);
}
