using System.ComponentModel.DataAnnotations;

namespace TalentReform.Authentication;

/// <summary>Configuration section <c>Auth:Jwt</c>.</summary>
public sealed class JwtOptions
{
    public const string Section = "Auth:Jwt";

    [Required]
    public string Issuer { get; set; } = "TalentReform";

    [Required]
    public string Audience { get; set; } = "TalentReform";

    /// <summary>At least 32 characters. Without one, a random key is generated once into App_Data (see SigningKeyProvider).</summary>
    [MinLength(32)]
    public string? SigningKey { get; set; }

    [Range(1, int.MaxValue)]
    public int ExpiresInMinutes { get; set; } = 60;
}
