using Microsoft.AspNetCore.Identity;
using TalentReform.Entities;
using TalentReform.PersonalData;

namespace TalentReform.Identity;

/// <summary>A person who signs in. Zone users carry their zone; the platform admin has none. The e-mail address and
/// phone number Identity declares are personal data.</summary>
[Personal(PersonalDataKind.Email, nameof(Email))]
[Personal(PersonalDataKind.Email, nameof(NormalizedEmail))]
[Personal(PersonalDataKind.Phone, nameof(PhoneNumber))]
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
