using Microsoft.AspNetCore.Identity;

namespace TalentReform.Identity;

/// <summary>One of the fixed roles of <see cref="RoleNames"/>, shared by all zones.</summary>
public class AppRole : IdentityRole<Guid>
{
    protected AppRole()
    {
    }

    public AppRole(Guid id, string name)
        : base(name)
    {
        Id = id;
    }

    public bool IsZoneRole => RoleNames.IsZoneRole(Name!);
}
