namespace TalentReform.Identity;

public interface IPermissionAppService
{
    Task<GetPermissionListResultDto> GetAsync(PermissionProviderInput provider, CancellationToken cancellationToken = default);
    Task UpdateAsync(PermissionProviderInput provider, UpdatePermissionsDto input, CancellationToken cancellationToken = default);
}
