using Microsoft.AspNetCore.Identity;
using TalentReform.Data;
using TalentReform.Dtos;

namespace TalentReform.Identity;

public class RoleAppService(RoleManager<AppRole> roleManager, IAsyncQueryableExecuter executer) : IRoleAppService
{
    public async Task<ListResultDto<RoleDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var roles = await executer.ToListAsync(roleManager.Roles.OrderBy(r => r.Name), cancellationToken);
        return new ListResultDto<RoleDto>(roles.Select(r => r.ToDto()).ToList());
    }
}
