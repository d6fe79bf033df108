using TalentReform.Data.Seeding;

namespace TalentReform;

/// <summary>The well-known seed: demo zones, their users and the platform admin (all with the demo password).</summary>
public static class TestData
{
    public const string Password = SeedOptions.DemoPassword;

    public static readonly Guid AdminUserId = TalentReformDataSeeder.AdminUserId;
    public static readonly Guid DalianZoneId = DemoZones.Dalian.Id;
    public static readonly Guid ChengdeZoneId = DemoZones.Chengde.Id;
    public static readonly Guid JiangyinZoneId = DemoZones.Jiangyin.Id;

    /// <summary>Demo user names: "admin" (host, no zone) and "{zone}-hr / -leader / -talent" per demo zone.</summary>
    public static class Users
    {
        public const string Admin = "admin";
        public const string DalianHr = "dalian-hr";
        public const string DalianLeader = "dalian-leader";
        public const string DalianTalent = "dalian-talent";
        public const string DalianReviewer = "dalian-reviewer";
        public const string DalianDirector = "dalian-director";
        public const string ChengdeHr = "chengde-hr";
        public const string ChengdeLeader = "chengde-leader";
        public const string ChengdeTalent = "chengde-talent";
        public const string ChengdeReviewer = "chengde-reviewer";
        public const string ChengdeDirector = "chengde-director";
        public const string JiangyinHr = "jiangyin-hr";
        public const string JiangyinLeader = "jiangyin-leader";
        public const string JiangyinTalent = "jiangyin-talent";
    }

    /// <summary>A user name nobody else uses ("{prefix}-1a2b3c4d"), for users a test creates.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
}
