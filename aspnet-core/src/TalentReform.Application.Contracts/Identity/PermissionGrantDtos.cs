using System.ComponentModel.DataAnnotations;

namespace TalentReform.Identity;

public record PermissionGrantInfoDto(string Name, string DisplayName, string? ParentName, bool IsGranted);

public record PermissionGroupDto(string Name, string DisplayName, IReadOnlyList<PermissionGrantInfoDto> Permissions);

public record GetPermissionListResultDto(IReadOnlyList<PermissionGroupDto> Groups);

public class UpdatePermissionDto
{
    [Required]
    [StringLength(PermissionProviderNames.MaxNameLength)]
    public string Name { get; set; } = null!;

    public bool IsGranted { get; set; }
}

public class UpdatePermissionsDto
{
    [Required]
    public List<UpdatePermissionDto> Permissions { get; set; } = [];
}

public class PermissionProviderInput
{
    /// <summary>"R" (role) or "U" (user).</summary>
    [Required]
    [StringLength(1)]
    public string ProviderName { get; set; } = null!;

    /// <summary>The role name, or the user id.</summary>
    [Required]
    [StringLength(PermissionProviderNames.MaxProviderKeyLength)]
    public string ProviderKey { get; set; } = null!;
}
