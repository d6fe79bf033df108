using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace TalentReform.Authentication;

/// <summary>
/// The symmetric key that signs bearer tokens: the configured one, or else a random key generated once per
/// installation into <c>App_Data</c> (beside the data-protection keys) and reused across restarts. No key ships
/// with the sources: a committed key would let anyone mint an admin token for every instance that uses it.
/// </summary>
public sealed class SigningKeyProvider
{
    public const string KeyFileRelativePath = "App_Data/jwt-signing.key";

    private const int KeyBytes = 64;

    public SymmetricSecurityKey Key { get; }

    public SigningKeyProvider(IOptions<JwtOptions> options, IHostEnvironment environment, ILogger<SigningKeyProvider> logger)
    {
        var configured = options.Value.SigningKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.Combine(environment.ContentRootPath, KeyFileRelativePath);
            Key = new SymmetricSecurityKey(LoadOrCreate(path, logger));
            return;
        }

        if (configured.Length < 32)
        {
            throw new InvalidOperationException("Auth:Jwt:SigningKey must be at least 32 characters long.");
        }

        Key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configured));
    }

    private static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (File.Exists(path))
        {
            return Read(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        // Written under a temporary name and moved into place, so a second instance starting at the same moment
        // never reads half a key; whoever moves first wins and the other reads the winner's key.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the host's own account only.
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, fileOptions))
        {
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            logger.LogWarning(
                "Auth:Jwt:SigningKey is not set: generated a signing key for this installation in {Path}. Several instances need one shared key: configure it.",
                path);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Read(path);
        }
    }

    private static byte[] Read(string path)
    {
        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (key.Length < 32)
        {
            throw new InvalidOperationException($"The signing key in {path} is shorter than 32 bytes; delete the file to generate a new one.");
        }

        return key;
    }
}
