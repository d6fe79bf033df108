using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Permissions;

namespace TalentReform.Talents;

[ApiController]
[Route("api/app/talent-certifications")]
[Authorize(TalentReformPermissions.TalentCertifications.Default)]
public class TalentCertificationController(ITalentCertificationAppService certifications) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<TalentCertificationDto>> GetListAsync([FromQuery] GetTalentCertificationsInput input, CancellationToken cancellationToken) =>
        certifications.GetListAsync(input, cancellationToken);

    /// <summary>Records an application for 人才认定 (pending until an HR officer decides).</summary>
    [HttpPost]
    [Authorize(TalentReformPermissions.TalentCertifications.Apply)]
    public Task<TalentCertificationDto> CreateAsync(CreateTalentCertificationDto input, CancellationToken cancellationToken) =>
        certifications.CreateAsync(input, cancellationToken);

    [HttpPost("{id:guid}/approve")]
    [Authorize(TalentReformPermissions.TalentCertifications.Approve)]
    public Task<TalentCertificationDto> ApproveAsync(Guid id, DecideTalentCertificationDto input, CancellationToken cancellationToken) =>
        certifications.ApproveAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/reject")]
    [Authorize(TalentReformPermissions.TalentCertifications.Approve)]
    public Task<TalentCertificationDto> RejectAsync(Guid id, DecideTalentCertificationDto input, CancellationToken cancellationToken) =>
        certifications.RejectAsync(id, input, cancellationToken);

    [HttpGet("import-template")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> GetImportTemplateAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Of(await certifications.GetImportTemplateAsync(cancellationToken));

    /// <summary>Imports certifications already granted (field <c>file</c>); all rows or none; a dry run only checks.</summary>
    [HttpPost("import")]
    [Authorize(TalentReformPermissions.TalentCertifications.Approve)]
    [RequestSizeLimit(ExcelDownload.MaxRequestBytes)]
    public async Task<ImportResultDto> ImportAsync(IFormFile file, [FromQuery] bool dryRun = true, CancellationToken cancellationToken = default)
    {
        await using var stream = file.OpenReadStream();
        return await certifications.ImportAsync(stream, dryRun, cancellationToken);
    }
}
