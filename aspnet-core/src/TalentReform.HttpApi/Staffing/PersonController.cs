using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Permissions;

namespace TalentReform.Staffing;

[ApiController]
[Route("api/app/persons")]
[Authorize(TalentReformPermissions.Persons.Default)]
public class PersonController(IPersonAppService persons) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<PersonDto> GetAsync(Guid id, CancellationToken cancellationToken) => persons.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<PersonDto>> GetListAsync([FromQuery] GetPersonsInput input, CancellationToken cancellationToken) =>
        persons.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.Persons.Create)]
    public Task<PersonDto> CreateAsync(CreatePersonDto input, CancellationToken cancellationToken) => persons.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.Persons.Update)]
    public Task<PersonDto> UpdateAsync(Guid id, UpdatePersonDto input, CancellationToken cancellationToken) =>
        persons.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.Persons.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await persons.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    /// <summary>The zone's rows as an .xlsx download (Chinese headers).</summary>
    [HttpGet("export")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> ExportAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Of(await persons.ExportAsync(cancellationToken));

    /// <summary>An empty .xlsx with the importable columns.</summary>
    [HttpGet("import-template")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> GetImportTemplateAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Of(await persons.GetImportTemplateAsync(cancellationToken));

    /// <summary>Checks every row of the uploaded .xlsx (field <c>file</c>) and imports all of them or none; a dry run only checks.</summary>
    [HttpPost("import")]
    [Authorize(TalentReformPermissions.Persons.Create)]
    [RequestSizeLimit(ExcelDownload.MaxRequestBytes)]
    public async Task<ImportResultDto> ImportAsync(IFormFile file, [FromQuery] bool dryRun = true, CancellationToken cancellationToken = default)
    {
        await using var stream = file.OpenReadStream();
        return await persons.ImportAsync(stream, dryRun, cancellationToken);
    }
}
