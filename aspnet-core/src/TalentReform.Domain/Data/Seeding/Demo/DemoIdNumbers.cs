using System.Globalization;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>GB 11643 身份证号 for demo people: region code, birth date, a three-digit sequence (odd for men, even for women) and the check digit.</summary>
internal static class DemoIdNumbers
{
    private static readonly int[] CheckWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    /// <param name="sequence">0–498: made odd (men) or even (women) here.</param>
    public static string Make(string regionCode, DateOnly birthDate, int sequence, bool male)
    {
        var code = ((sequence % 499) * 2) + (male ? 1 : 2);
        var body = regionCode + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + code.ToString("000", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * CheckWeights[i]).Sum();
        return body + CheckChars[sum % 11];
    }
}
