namespace TalentReform.Permissions;

/// <summary>Every permission the product knows, in display order. Unknown names are refused on grant.</summary>
public static class PermissionDefinitions
{
    private const string Platform = "Platform";
    private const string Identity = "Identity";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(TalentReformPermissions.Dashboard, Platform),
        new(TalentReformPermissions.Zones.Default, Platform, IsHostOnly: true),
        new(TalentReformPermissions.Zones.Create, Platform, TalentReformPermissions.Zones.Default, true),
        new(TalentReformPermissions.Zones.Update, Platform, TalentReformPermissions.Zones.Default, true),
        new(TalentReformPermissions.Zones.Delete, Platform, TalentReformPermissions.Zones.Default, true),
        new(TalentReformPermissions.AuditLogs, Platform),
        new(TalentReformPermissions.Users.Default, Identity),
        new(TalentReformPermissions.Users.Create, Identity, TalentReformPermissions.Users.Default),
        new(TalentReformPermissions.Users.Update, Identity, TalentReformPermissions.Users.Default),
        new(TalentReformPermissions.Users.Delete, Identity, TalentReformPermissions.Users.Default),
        new(TalentReformPermissions.Roles.Default, Identity, IsHostOnly: true),
        new(TalentReformPermissions.Roles.ManagePermissions, Identity, TalentReformPermissions.Roles.Default, true),
    ];

    public static bool Exists(string name) => All.Any(p => p.Name == name);
}
