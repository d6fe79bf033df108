namespace TalentReform.Zones;

public static class ZoneConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 128;
    public const int MaxProvinceLength = 64;

    /// <summary>Lower-case letters, digits and dashes; the code prefixes zone users' names (dalian-hr).</summary>
    public const string CodePattern = "^[a-z][a-z0-9-]*$";
}
