using TalentReform.Dtos;

namespace TalentReform.Identity;

public interface IUserAppService
{
    Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default);
    Task<PagedResultDto<UserDto>> GetListAsync(GetUsersInput input, CancellationToken cancellationToken = default);
    Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default);
    Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default);
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
