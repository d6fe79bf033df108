using System.Globalization;

namespace TalentReform.Organization;

/// <summary>
/// Materialised path codes ("0001.0003"): a unit's code is its parent's plus a fixed-width sibling number,
/// so a whole subtree is one prefix query (<c>Code LIKE '0001.%'</c>) and sorting by code is tree order.
/// </summary>
public static class OrgUnitCodes
{
    private const char Separator = '.';

    public static int MaxSiblings => (int)Math.Pow(10, OrgUnitConsts.CodeSegmentLength) - 1;

    public static string Create(string? parentCode, int number)
    {
        var segment = number.ToString(new string('0', OrgUnitConsts.CodeSegmentLength), CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(parentCode) ? segment : parentCode + Separator + segment;
    }

    /// <summary>One past the highest sibling number in use (numbers of abolished units are never reused).</summary>
    public static int NextNumber(IEnumerable<string> siblingCodes) =>
        siblingCodes.Select(LastNumber).DefaultIfEmpty(0).Max() + 1;

    public static int Depth(string code) => code.Count(c => c == Separator) + 1;

    public static bool IsDescendantOf(string code, string ancestorCode) =>
        code.StartsWith(ancestorCode + Separator, StringComparison.Ordinal);

    /// <summary>The code of a descendant once its ancestor's code changed from <paramref name="oldPrefix"/> to <paramref name="newPrefix"/>.</summary>
    public static string Rebase(string code, string oldPrefix, string newPrefix) =>
        IsDescendantOf(code, oldPrefix) ? newPrefix + code[oldPrefix.Length..] : code;

    private static int LastNumber(string code) =>
        int.Parse(code[(code.LastIndexOf(Separator) + 1)..], CultureInfo.InvariantCulture);
}
