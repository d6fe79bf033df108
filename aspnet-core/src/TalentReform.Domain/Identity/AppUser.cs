using Microsoft.AspNetCore.Identity;
using TalentReform.Entities;

namespace TalentReform.Identity;

/// <summary>A person who signs in. Zone users carry their zone; the platform admin has none.</summary>
public class AppUser : IdentityUser<Guid>, IMultiZone, IHasCreationTime
{
    public Guid? ZoneId { get; private set; }
    public string Name { get; private set; } = null!;
    public bool IsActive { get; private set; } = true;
    public DateTimeOffset CreationTime { get; private set; }

    protected AppUser()
    {
    }

    public AppUser(Guid id, string userName, string name, Guid? zoneId, DateTimeOffset creationTime)
    {
        Id = id;
        UserName = Check.NotNullOrWhiteSpace(userName, nameof(userName)).Trim();
        Name = Check.NotNullOrWhiteSpace(name, nameof(name)).Trim();
        ZoneId = zoneId;
        CreationTime = creationTime;
        SecurityStamp = Guid.NewGuid().ToString("N");
        LockoutEnabled = true;
    }

    public void SetName(string name) => Name = Check.NotNullOrWhiteSpace(name, nameof(name)).Trim();

    /// <summary>
    /// Deactivating also renews the security stamp, which ends every session (cookie or token) issued before:
    /// activating the user again later does not bring those sessions back.
    /// </summary>
    public void SetActive(bool isActive)
    {
        if (IsActive && !isActive)
        {
            SecurityStamp = Guid.NewGuid().ToString("N");
        }

        IsActive = isActive;
    }
}
