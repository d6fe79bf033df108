using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Permissions;

namespace TalentReform.Organization;

[ApiController]
[Route("api/app/org-units")]
[Authorize(TalentReformPermissions.OrgUnits.Default)]
public class OrgUnitController(IOrgUnitAppService units) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<OrgUnitDto> GetAsync(Guid id, CancellationToken cancellationToken) => units.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<OrgUnitDto>> GetListAsync([FromQuery] GetOrgUnitsInput input, CancellationToken cancellationToken) =>
        units.GetListAsync(input, cancellationToken);

    [HttpGet("tree")]
    public Task<ListResultDto<OrgUnitTreeNodeDto>> GetTreeAsync([FromQuery] GetOrgUnitTreeInput input, CancellationToken cancellationToken) =>
        units.GetTreeAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.OrgUnits.Create)]
    public Task<OrgUnitDto> CreateAsync(CreateOrgUnitDto input, CancellationToken cancellationToken) => units.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<OrgUnitDto> UpdateAsync(Guid id, UpdateOrgUnitDto input, CancellationToken cancellationToken) =>
        units.UpdateAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/move")]
    [Authorize(TalentReformPermissions.OrgUnits.Update)]
    public Task<OrgUnitDto> MoveAsync(Guid id, MoveOrgUnitDto input, CancellationToken cancellationToken) =>
        units.MoveAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.OrgUnits.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await units.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    /// <summary>The zone's rows as an .xlsx download (Chinese headers).</summary>
    [HttpGet("export")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> ExportAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Of(await units.ExportAsync(cancellationToken));

    /// <summary>An empty .xlsx with the importable columns.</summary>
    [HttpGet("import-template")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> GetImportTemplateAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Of(await units.GetImportTemplateAsync(cancellationToken));

    /// <summary>Checks every row of the uploaded .xlsx (field <c>file</c>) and imports all of them or none; a dry run only checks.</summary>
    [HttpPost("import")]
    [Authorize(TalentReformPermissions.OrgUnits.Create)]
    [RequestSizeLimit(ExcelDownload.MaxRequestBytes)]
    public async Task<ImportResultDto> ImportAsync(IFormFile file, [FromQuery] bool dryRun = true, CancellationToken cancellationToken = default)
    {
        await using var stream = file.OpenReadStream();
        return await units.ImportAsync(stream, dryRun, cancellationToken);
    }
}
