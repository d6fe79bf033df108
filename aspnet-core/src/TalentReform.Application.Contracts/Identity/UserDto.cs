namespace TalentReform.Identity;

public record UserDto(
    Guid Id,
    string UserName,
    string Name,
    string? Email,
    string? PhoneNumber,
    Guid? ZoneId,
    string? ZoneCode,
    bool IsActive,
    DateTimeOffset? LockoutEnd,
    IReadOnlyList<string> RoleNames,
    string ConcurrencyStamp);
