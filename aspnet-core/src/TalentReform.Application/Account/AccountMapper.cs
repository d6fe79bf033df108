using Riok.Mapperly.Abstractions;
using TalentReform.Identity;
using TalentReform.Zones;

namespace TalentReform.Account;

/// <summary>The signed-in user as the account endpoints return it; roles, zone and granted permissions are looked up by the caller.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AccountMapper
{
    public static partial CurrentZoneDto ToCurrentZoneDto(this Zone zone);

    public static partial AuthenticatedUserDto ToAuthenticatedUserDto(this AppUser user, IReadOnlyList<string> roles);

    [MapValue(nameof(CurrentUserDto.IsAuthenticated), true)]
    public static partial CurrentUserDto ToCurrentUserDto(this AppUser user, CurrentZoneDto? zone, IReadOnlyList<string> roles, IReadOnlyList<string> permissions);
}
