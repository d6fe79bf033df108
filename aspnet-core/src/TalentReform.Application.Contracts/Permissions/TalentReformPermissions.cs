namespace TalentReform.Permissions;

/// <summary>
/// Permission names (ABP style). Endpoints carry them as <c>[Authorize(TalentReformPermissions.X.Y)]</c>;
/// grants are stored per role and per user.
/// </summary>
public static class TalentReformPermissions
{
    public const string GroupName = "TalentReform";

    public const string Dashboard = GroupName + ".Dashboard";

    public static class Zones
    {
        public const string Default = GroupName + ".Zones";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Users
    {
        public const string Default = GroupName + ".Users";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public const string AuditLogs = GroupName + ".AuditLogs";
}
