namespace TalentReform.Authentication;

/// <summary>Short JWT-style claim names, used by both the cookie and the bearer token.</summary>
public static class TalentReformClaimTypes
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string Role = "role";
    public const string ZoneId = "zone_id";
}
