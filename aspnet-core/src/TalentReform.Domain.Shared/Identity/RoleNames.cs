namespace TalentReform.Identity;

/// <summary>The fixed roles. <see cref="Admin"/> is the host (platform) role; the others live inside a zone.</summary>
public static class RoleNames
{
    public const string Admin = "admin";
    public const string HrOfficer = "hr-officer";
    public const string Leader = "leader";
    public const string Talent = "talent";

    public static readonly IReadOnlyList<string> ZoneRoles = [HrOfficer, Leader, Talent];
    public static readonly IReadOnlyList<string> All = [Admin, HrOfficer, Leader, Talent];

    /// <summary>
    /// Roles that give rights over one's own data only (the talent portal): whoever manages accounts may give or
    /// take them. Every other role is a right over others — drafting, approving, administering — and is given or
    /// taken only with Users.AssignRoles (不相容岗位分离).
    /// </summary>
    public static readonly IReadOnlyList<string> SelfService = [Talent];

    public static bool IsZoneRole(string name) => ZoneRoles.Contains(name);
}
