namespace TalentReform.Authentication;

/// <summary>Configuration section <c>Auth:Jwt</c>.</summary>
public sealed class JwtOptions
{
    public const string Section = "Auth:Jwt";

    public string Issuer { get; set; } = "TalentReform";
    public string Audience { get; set; } = "TalentReform";

    /// <summary>At least 32 characters. Without one, a random key is generated once into App_Data (see SigningKeyProvider).</summary>
    public string? SigningKey { get; set; }

    public int ExpiresInMinutes { get; set; } = 60;
}
