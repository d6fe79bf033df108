namespace TalentReform.Account;

/// <summary>What the sign-in endpoints need to issue a cookie or a token.</summary>
public record AuthenticatedUserDto(Guid Id, string UserName, string Name, Guid? ZoneId, IReadOnlyList<string> Roles, string SecurityStamp);
