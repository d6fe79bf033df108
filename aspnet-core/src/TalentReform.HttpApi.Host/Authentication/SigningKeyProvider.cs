using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace TalentReform.Authentication;

/// <summary>The symmetric key that signs bearer tokens (configured, or random per process).</summary>
public sealed class SigningKeyProvider
{
    public SymmetricSecurityKey Key { get; }

    public SigningKeyProvider(IOptions<JwtOptions> options, ILogger<SigningKeyProvider> logger)
    {
        var configured = options.Value.SigningKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            logger.LogWarning("Auth:Jwt:SigningKey is not set: bearer tokens are signed with a random key and end when the host restarts.");
            Key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
            return;
        }

        if (configured.Length < 32)
        {
            throw new InvalidOperationException("Auth:Jwt:SigningKey must be at least 32 characters long.");
        }

        Key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configured));
    }
}
