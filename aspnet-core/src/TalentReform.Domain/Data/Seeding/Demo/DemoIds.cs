using System.Security.Cryptography;
using System.Text;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>Stable ids for demo rows (a hash of zone, kind and key), so every fresh demo database has the same ids.</summary>
internal sealed class DemoIds(Guid zoneId)
{
    public Guid For(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{zoneId:N}/{kind}/{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
