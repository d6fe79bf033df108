namespace TalentReform.Data.Seeding;

/// <summary>The three reference zones of the pilot, with well-known ids (tests and demos rely on them).</summary>
public static class DemoZones
{
    public static readonly DemoZone Dalian = new(
        Guid.Parse("3a1d0000-0000-0000-0000-000000000001"), "dalian", "大连高新技术产业园区", "Dalian Hi-tech Industrial Zone", "辽宁省", new DateOnly(1991, 3, 6), "大连");

    public static readonly DemoZone Chengde = new(
        Guid.Parse("3a1d0000-0000-0000-0000-000000000002"), "chengde", "承德高新技术产业开发区", "Chengde High-tech Industrial Development Zone", "河北省", new DateOnly(2012, 8, 19), "承德");

    public static readonly DemoZone Jiangyin = new(
        Guid.Parse("3a1d0000-0000-0000-0000-000000000003"), "jiangyin", "江阴高新技术产业开发区", "Jiangyin Hi-tech Industrial Development Zone", "江苏省", new DateOnly(2011, 6, 15), "江阴");

    public static readonly IReadOnlyList<DemoZone> All = [Dalian, Chengde, Jiangyin];
}

public sealed record DemoZone(Guid Id, string Code, string NameZh, string NameEn, string Province, DateOnly FoundedOn, string ShortNameZh)
{
    public string HrUserName => Code + "-hr";
    public string LeaderUserName => Code + "-leader";
    public string TalentUserName => Code + "-talent";

    /// <summary>编办 reviewer: the first step of the demo approval route.</summary>
    public string ReviewerUserName => Code + "-reviewer";

    /// <summary>管委会主任: counter-signs the last step with the leader.</summary>
    public string DirectorUserName => Code + "-director";
}
