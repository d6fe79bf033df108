using TalentReform.Entities;

namespace TalentReform.Identity;

/// <summary>
/// Remembers that a default grant (role × permission) was seeded once. A permission added by a newer
/// version reaches existing databases, while a default that an admin later revoked stays revoked.
/// </summary>
public class DefaultGrantRecord : Entity
{
    public string RoleName { get; private set; } = null!;
    public string PermissionName { get; private set; } = null!;

    protected DefaultGrantRecord()
    {
    }

    public DefaultGrantRecord(Guid id, string roleName, string permissionName)
        : base(id)
    {
        RoleName = Check.NotNullOrWhiteSpace(roleName, nameof(roleName));
        PermissionName = Check.NotNullOrWhiteSpace(permissionName, nameof(permissionName));
    }
}
