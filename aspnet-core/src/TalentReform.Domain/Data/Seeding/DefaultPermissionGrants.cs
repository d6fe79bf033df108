using TalentReform.Identity;

namespace TalentReform.Data.Seeding;

/// <summary>
/// What each role may do out of the box. Seeded once per role (when it has no grants yet), so later
/// changes made in the permission screen are kept. Names mirror TalentReformPermissions.
/// </summary>
public static class DefaultPermissionGrants
{
    private const string Dashboard = "TalentReform.Dashboard";
    private const string AuditLogs = "TalentReform.AuditLogs";
    private const string Users = "TalentReform.Users";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [RoleNames.HrOfficer] = [Dashboard, AuditLogs, Users, Users + ".Create", Users + ".Update", Users + ".Delete"],
        [RoleNames.Leader] = [Dashboard, AuditLogs, Users],
        [RoleNames.Talent] = [Dashboard],
    };
}
