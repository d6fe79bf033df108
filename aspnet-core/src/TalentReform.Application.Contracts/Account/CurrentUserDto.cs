namespace TalentReform.Account;

public record CurrentZoneDto(Guid Id, string Code, string NameZh, string NameEn);

public record CurrentUserDto(
    bool IsAuthenticated,
    Guid? Id,
    string? UserName,
    string? Name,
    CurrentZoneDto? Zone,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions);

public record AccessTokenDto(string AccessToken, int ExpiresIn);
