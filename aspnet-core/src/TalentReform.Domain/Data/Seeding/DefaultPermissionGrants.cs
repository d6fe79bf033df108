using TalentReform.Identity;

namespace TalentReform.Data.Seeding;

/// <summary>
/// What each role may do out of the box. Each default is applied once (see DefaultGrantRecord), so
/// later changes made in the permission screen are kept. Names mirror TalentReformPermissions.
/// </summary>
public static class DefaultPermissionGrants
{
    private const string Dashboard = "TalentReform.Dashboard";
    private const string AuditLogs = "TalentReform.AuditLogs";
    private const string Users = "TalentReform.Users";
    private const string OrgUnits = "TalentReform.OrgUnits";
    private const string Posts = "TalentReform.Posts";
    private const string Persons = "TalentReform.Persons";
    private const string Appointments = "TalentReform.Appointments";
    private const string WorkCalendar = "TalentReform.WorkCalendar";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [RoleNames.HrOfficer] =
        [
            Dashboard, AuditLogs, Users, Users + ".Create", Users + ".Update", Users + ".Delete",
            OrgUnits, OrgUnits + ".Create", OrgUnits + ".Update", OrgUnits + ".Delete",
            Posts, Posts + ".Create", Posts + ".Update", Posts + ".Delete",
            Persons, Persons + ".Create", Persons + ".Update", Persons + ".Delete", Persons + ".ViewIdNumber",
            Appointments, Appointments + ".Create", Appointments + ".End",
            WorkCalendar,
        ],

        // Leaders review the structure; they see ID numbers masked.
        [RoleNames.Leader] = [Dashboard, AuditLogs, Users, OrgUnits, Posts, Persons, Appointments, WorkCalendar],
        [RoleNames.Talent] = [Dashboard, WorkCalendar],
    };
}
