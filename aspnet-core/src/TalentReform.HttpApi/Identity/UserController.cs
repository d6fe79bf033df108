using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentReform.Dtos;
using TalentReform.Permissions;

namespace TalentReform.Identity;

[ApiController]
[Route("api/app/users")]
[Authorize(TalentReformPermissions.Users.Default)]
public class UserController(IUserAppService users) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken) => users.GetAsync(id, cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<UserDto>> GetListAsync([FromQuery] GetUsersInput input, CancellationToken cancellationToken) =>
        users.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(TalentReformPermissions.Users.Create)]
    public Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken) => users.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(TalentReformPermissions.Users.Update)]
    public Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken) =>
        users.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(TalentReformPermissions.Users.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await users.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
