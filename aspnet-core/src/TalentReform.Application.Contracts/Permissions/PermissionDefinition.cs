namespace TalentReform.Permissions;

/// <param name="Name">The permission name, e.g. TalentReform.Zones.Create.</param>
/// <param name="Group">Display group: the localization key is "PermissionGroup:{Group}".</param>
/// <param name="ParentName">The permission this one refines (needs it to be useful), if any.</param>
/// <param name="IsHostOnly">Platform-level: only the host admin may hold it.</param>
public sealed record PermissionDefinition(string Name, string Group, string? ParentName = null, bool IsHostOnly = false)
{
    /// <summary>Localization key, e.g. "Permission:Zones.Create".</summary>
    public string DisplayNameKey => "Permission:" + Name[(TalentReformPermissions.GroupName.Length + 1)..];
}
