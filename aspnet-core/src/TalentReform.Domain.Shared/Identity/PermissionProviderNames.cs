namespace TalentReform.Identity;

/// <summary>Who a permission is granted to, as in ABP: "R" a role (key = role name), "U" a user (key = user id).</summary>
public static class PermissionProviderNames
{
    public const string Role = "R";
    public const string User = "U";
    public const int MaxNameLength = 128;
    public const int MaxProviderKeyLength = 64;
}
