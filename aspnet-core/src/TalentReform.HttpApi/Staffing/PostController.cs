using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
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

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.Posts.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await posts.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
