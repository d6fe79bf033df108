using System.Security.Cryptography;

namespace TalentReform.Recruitment;

/// <summary>A random initial password for a new talent's account, shown once to HR; the account stores only its hash.</summary>
internal static class InitialPasswords
{
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "*#$%";

    /// <summary>12 characters with each class present (any password policy of the host accepts it); no look-alikes (0/O, 1/l).</summary>
    public static string New()
    {
        var all = Lower + Upper + Digits + Symbols;
        var chars = new List<char> { Pick(Lower), Pick(Upper), Pick(Digits), Pick(Symbols) };
        while (chars.Count < 12)
        {
            chars.Add(Pick(all));
        }

        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
