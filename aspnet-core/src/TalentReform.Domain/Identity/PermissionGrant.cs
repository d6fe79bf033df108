using TalentReform.Entities;

namespace TalentReform.Identity;

/// <summary>
/// A permission granted to a role ("R", key = role name) or to a user ("U", key = user id), as ABP
/// stores them. A user holds the union of their roles' grants and their own.
/// </summary>
public class PermissionGrant : Entity
{
    public string Name { get; private set; } = null!;
    public string ProviderName { get; private set; } = null!;
    public string ProviderKey { get; private set; } = null!;

    protected PermissionGrant()
    {
    }

    public PermissionGrant(Guid id, string name, string providerName, string providerKey)
        : base(id)
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(name));
        ProviderName = Check.NotNullOrWhiteSpace(providerName, nameof(providerName));
        ProviderKey = Check.NotNullOrWhiteSpace(providerKey, nameof(providerKey));
    }
}
