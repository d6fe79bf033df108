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

        /// <summary>
        /// Give or take roles (on create and update). Separate from Create/Update so that whoever manages
        /// accounts cannot make anyone, themselves included, an approver (不相容岗位分离); by default only
        /// the platform admin holds it, and nobody changes their own roles.
        /// </summary>
        public const string AssignRoles = Default + ".AssignRoles";
    }

    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public const string AuditLogs = GroupName + ".AuditLogs";

    public static class OrgUnits
    {
        public const string Default = GroupName + ".OrgUnits";
        public const string Create = Default + ".Create";

        /// <summary>Also covers the unit's 领导职数 and 编制 quotas.</summary>
        public const string Update = Default + ".Update";

        /// <summary>Abolishes (撤销) the unit.</summary>
        public const string Delete = Default + ".Delete";
    }

    public static class Posts
    {
        public const string Default = GroupName + ".Posts";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Persons
    {
        public const string Default = GroupName + ".Persons";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";

        /// <summary>
        /// Without it, every personal value (ID number, phone, e-mail; see PersonalDataKind) is shown masked
        /// (2102**********1234, 139****5678). Kept under its first name so existing grants keep working.
        /// </summary>
        public const string ViewIdNumber = Default + ".ViewIdNumber";
    }

    public static class Appointments
    {
        public const string Default = GroupName + ".Appointments";
        public const string Create = Default + ".Create";
        public const string End = Default + ".End";
    }

    /// <summary>The national working-day calendar: everyone reads it (due times), only the host admin edits it.</summary>
    public static class WorkCalendar
    {
        public const string Default = GroupName + ".WorkCalendar";
        public const string Update = Default + ".Update";
    }

    /// <summary>定岗定编方案: drafting, submitting and withdrawing (Create), deleting drafts, applying approved plans.</summary>
    public static class StaffingPlans
    {
        public const string Default = GroupName + ".StaffingPlans";
        public const string Create = Default + ".Create";
        public const string Delete = Default + ".Delete";
        public const string Apply = Default + ".Apply";
    }

    /// <summary>The approval inbox and decisions; a decision also needs the step to be assigned to the caller.</summary>
    public const string Approvals = GroupName + ".Approvals";

    public static class ApprovalRoutes
    {
        public const string Default = GroupName + ".ApprovalRoutes";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>按时办结率 and the overdue list.</summary>
    public const string ApprovalStats = GroupName + ".ApprovalStats";

    /// <summary>One's own in-app notifications.</summary>
    public const string Notifications = GroupName + ".Notifications";

    /// <summary>人才档案: the facts benefit rules read.</summary>
    public static class TalentProfiles
    {
        public const string Default = GroupName + ".TalentProfiles";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    /// <summary>A talent's own profile and benefits (the talent portal).</summary>
    public const string My = GroupName + ".My";

    /// <summary>Read the zone's entitlements.</summary>
    public const string Entitlements = GroupName + ".Entitlements";

    /// <summary>Confirm proposed entitlements (their schedule becomes installments to pay).</summary>
    public const string EntitlementsConfirm = Entitlements + ".Confirm";

    /// <summary>Run 免申即享 matching.</summary>
    public const string Matching = GroupName + ".Matching";

    /// <summary>人才分类: the zone's tiers A–E and their criteria.</summary>
    public static class TalentTiers
    {
        public const string Default = GroupName + ".TalentTiers";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>人才认定: record applications, approve or reject them, import certifications.</summary>
    public static class TalentCertifications
    {
        public const string Default = GroupName + ".TalentCertifications";
        public const string Apply = Default + ".Apply";
        public const string Approve = Default + ".Approve";
    }

    /// <summary>人才政策: the policy catalog, versions and benefit rules.</summary>
    public static class TalentPolicies
    {
        public const string Default = GroupName + ".TalentPolicies";
        public const string Manage = Default + ".Manage";
        public const string Publish = Default + ".Publish";
    }

    /// <summary>招聘计划: HR drafts and files (备案); leaders read them and decide them in the approval inbox.</summary>
    public static class RecruitmentPlans
    {
        public const string Default = GroupName + ".RecruitmentPlans";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>编制周转池: slots (managed by HR) and loans (requested by HR, decided in the approval inbox).</summary>
    public static class StaffingPool
    {
        public const string Default = GroupName + ".StaffingPool";
        public const string ManageSlots = Default + ".ManageSlots";
        public const string RequestLoans = Default + ".RequestLoans";
        public const string ManageLoans = Default + ".ManageLoans";
    }

    /// <summary>招聘公告 and its positions, 变更公告; applications, stage moves, scores, ranking, 递补, 公示 and hires.</summary>
    public static class RecruitmentCampaigns
    {
        public const string Default = GroupName + ".RecruitmentCampaigns";
        public const string ManageCampaigns = Default + ".ManageCampaigns";
        public const string ManageApplications = Default + ".ManageApplications";
        public const string EnterScores = Default + ".EnterScores";
        public const string Publicity = Default + ".Publicity";
        public const string Hire = Default + ".Hire";
        public const string Stats = Default + ".Stats";
    }

    /// <summary>The installment ledger: due list, payment batches, 资金公示, payments, suspensions and clawbacks.</summary>
    public static class Installments
    {
        public const string Default = GroupName + ".Installments";
        public const string Pay = Default + ".Pay";
        public const string ClawBack = Default + ".ClawBack";
    }
}
