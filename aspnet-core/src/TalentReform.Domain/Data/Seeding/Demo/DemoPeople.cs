using System.Globalization;
using TalentReform.Staffing;

namespace TalentReform.Data.Seeding.Demo;

/// <summary>
/// Realistic, deterministic people: common Chinese surnames and given-name characters drawn from a seeded
/// <see cref="Random"/>, birth dates fitting the post, and ID numbers that pass the GB 11643 check digit
/// (region code of the zone's district, birth date, sequence odd for men and even for women).
/// </summary>
internal sealed class DemoPeople(Random random, DemoZoneOrganization organization)
{
    internal const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";

    internal const string MaleChars = "伟强磊军洋勇杰涛明超斌鹏辉刚健峰浩宇轩博文志建国海波宁晨昊俊凯鑫林立新振华";
    internal const string FemaleChars = "芳娜敏静丽艳娟霞秀玲婷雪慧颖琳欣悦佳倩晶蕾璐瑶萍红燕丹梅薇岚春月";

    internal static readonly string[] Majors =
        ["公共管理", "经济学", "法学", "计算机科学与技术", "软件工程", "人力资源管理", "会计学", "工商管理", "土木工程", "机械工程", "汉语言文学", "电子信息工程"];

    private int _sequence;

    public Person Next(Guid id, Guid zoneId, DemoPostSpec post)
    {
        var gender = random.Next(100) < 55 ? Gender.Male : Gender.Female;
        var name = NameOf(random, gender == Gender.Male);

        // Leaders and senior professionals are older; junior staff are recent graduates.
        var (oldest, youngest) = post.Role != Organization.LeadershipRole.None || post.Level <= 4 ? (1966, 1980) : (1978, 1999);
        var birthDate = new DateOnly(oldest + random.Next(youngest - oldest + 1), 1 + random.Next(12), 1 + random.Next(28));
        var person = new Person(id, zoneId, name, gender, birthDate, IdNumber(birthDate, gender));
        person.SetEducation(Degree(post), organization.Schools[random.Next(organization.Schools.Count)], Majors[random.Next(Majors.Length)]);
        person.SetProfile(Title(post), "1" + "358"[random.Next(3)] + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture), sealedStatus: false);
        return person;
    }

    /// <summary>A common surname and one or two given-name characters (the demo's applicants use it too).</summary>
    internal static string NameOf(Random random, bool male)
    {
        var chars = male ? MaleChars : FemaleChars;
        // Interpolation, not '+': char + char is integer addition in C#.
        var surname = Surnames[random.Next(Surnames.Length)];
        var given = chars[random.Next(chars.Length)];
        return $"{surname}{given}{(random.Next(100) < 65 ? chars[random.Next(chars.Length)].ToString() : string.Empty)}";
    }

    /// <summary>身份封存: the original status of people who took a 员额 post under the reform (and of those not re-appointed) is sealed.</summary>
    public bool NextSealed(StaffingType type) => type == StaffingType.Headcount && random.Next(100) < 20;

    // Sequence numbers are unique per zone, so ID numbers are too.
    private string IdNumber(DateOnly birthDate, Gender gender) =>
        DemoIdNumbers.Make(organization.IdRegionCode, birthDate, _sequence++, gender == Gender.Male);

    private EducationDegree Degree(DemoPostSpec post) => post.Category switch
    {
        PostCategory.Professional when post.Level <= 4 => random.Next(2) == 0 ? EducationDegree.Doctorate : EducationDegree.Master,
        PostCategory.Professional or PostCategory.Management => random.Next(100) < 40 ? EducationDegree.Master : EducationDegree.Bachelor,
        _ => random.Next(2) == 0 ? EducationDegree.JuniorCollege : EducationDegree.Secondary,
    };

    private string? Title(DemoPostSpec post) => post.Category switch
    {
        PostCategory.Professional when post.Level <= 4 => Pick("正高级工程师", "正高级经济师", "研究员"),
        PostCategory.Professional when post.Level <= 7 => Pick("高级工程师", "高级经济师", "高级人力资源管理师"),
        PostCategory.Professional when post.Level <= 10 => Pick("工程师", "经济师", "助理研究员"),
        PostCategory.Professional => Pick("助理工程师", "助理经济师"),
        PostCategory.Skilled => post.Level <= 2 ? "技师" : "高级工",
        _ => null,
    };

    private string Pick(params string[] options) => options[random.Next(options.Length)];
}
