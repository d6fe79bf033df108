using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Permissions;

namespace TalentReform.Staffing;

[ApiController]
[Route("api/app/posts")]
[Authorize(TalentReformPermissions.Posts.Default)]
public class PostController(IPostAppService posts) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<PostDto> GetAsync(Guid id, CancellationToken cancellationToken) => posts.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<PostDto>> GetListAsync([FromQuery] GetPostsInput input, CancellationToken cancellationToken) =>
        posts.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.Posts.Create)]
    public Task<PostDto> CreateAsync(CreatePostDto input, CancellationToken cancellationToken) => posts.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.Posts.Update)]
    public Task<PostDto> UpdateAsync(Guid id, UpdatePostDto input, CancellationToken cancellationToken) =>
        posts.UpdateAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/freeze")]
    [Authorize(TalentReformPermissions.Posts.Update)]
    public Task<PostDto> FreezeAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken) =>
        posts.FreezeAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/unfreeze")]
    [Authorize(TalentReformPermissions.Posts.Update)]
    public Task<PostDto> UnfreezeAsync(Guid id, ConcurrencyStampDto input, CancellationToken cancellationToken) =>
        posts.UnfreezeAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.Posts.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await posts.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    /// <summary>The zone's rows as an .xlsx download (Chinese headers).</summary>
    [HttpGet("export")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> ExportAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Of(await posts.ExportAsync(cancellationToken));

    /// <summary>An empty .xlsx with the importable columns.</summary>
    [HttpGet("import-template")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ExcelFileDto.ContentType)]
    public async Task<FileContentResult> GetImportTemplateAsync(CancellationToken cancellationToken) =>
        ExcelDownload.Of(await posts.GetImportTemplateAsync(cancellationToken));

    /// <summary>Checks every row of the uploaded .xlsx (field <c>file</c>) and imports all of them or none; a dry run only checks.</summary>
    [HttpPost("import")]
    [Authorize(TalentReformPermissions.Posts.Create)]
    [RequestSizeLimit(ExcelDownload.MaxRequestBytes)]
    public async Task<ImportResultDto> ImportAsync(IFormFile file, [FromQuery] bool dryRun = true, CancellationToken cancellationToken = default)
    {
        await using var stream = file.OpenReadStream();
        return await posts.ImportAsync(stream, dryRun, cancellationToken);
    }
}
