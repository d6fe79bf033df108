using TalentReform.Dtos;

namespace TalentReform.Identity;

public interface IRoleAppService
{
    Task<ListResultDto<RoleDto>> GetListAsync(CancellationToken cancellationToken = default);
}
