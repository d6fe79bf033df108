using Riok.Mapperly.Abstractions;

namespace TalentReform.Identity;

/// <summary>
/// The e-mail address and phone number are personal data: they come in as the caller may see them
/// (<see cref="PersonalData.PersonalDataView"/>), never from the user, whose own values the mapper ignores.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class UserMapper
{
    [MapperIgnoreSource(nameof(AppUser.Email))]
    [MapperIgnoreSource(nameof(AppUser.PhoneNumber))]
    public static partial UserDto ToDto(this AppUser user, string? email, string? phoneNumber, string? zoneCode, IReadOnlyList<string> roleNames);
}
