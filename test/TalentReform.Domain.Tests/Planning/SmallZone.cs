using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// A hand-checkable zone for plan tests (codes in brackets):
/// <code>
/// 管委会 [0001] (1 clause; head post H filled by 甲; 领导职数 1/0; 行政 1)
/// ├─ 人才局 [0001.0001] (2 clauses; 领导职数 1/1; head post B filled by 乙; 行政 1)
/// │  └─ 政策科 [0001.0001.0001] (1 clause; posts S1 filled by 丙, S2 vacant; 行政 2)
/// └─ 审批局 [0001.0002] (1 clause; post A1 filled by 丁; 行政 1)
/// </code>
/// Zone total 行政 6. Staff 4, units 4, posts 5 (2 leadership), layers 3, spans 2 and 1.
/// </summary>
internal sealed class SmallZone
{
    public static readonly Guid ZoneId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly DateOnly Effective = new(2026, 7, 1);
    private static readonly DateOnly Founded = new(2020, 1, 1);

    public OrgUnit Committee { get; }
    public OrgUnit Talent { get; }
    public OrgUnit Policy { get; }
    public OrgUnit Approval { get; }
    public Post HeadPost { get; }
    public Post BureauHead { get; }
    public Post PolicyFilled { get; }
    public Post PolicyVacant { get; }
    public Post ApprovalPost { get; }
    public Person Jia { get; }
    public Person Yi { get; }
    public Person Bing { get; }
    public Person Ding { get; }

    private readonly List<LeadershipQuota> _leadership = [];
    private readonly List<StaffingQuota> _quotas = [];
    private readonly List<Appointment> _appointments = [];

    public SmallZone()
    {
        Committee = Unit(null, "0001", "管委会", "办公");
        Talent = Unit(Committee, "0001.0001", "人才局", "人才政策", "人才服务");
        Policy = Unit(Talent, "0001.0001.0001", "政策科", "政策兑现");
        Approval = Unit(Committee, "0001.0002", "审批局", "审批");
        _leadership.Add(new LeadershipQuota(Guid.NewGuid(), ZoneId, Committee.Id, 1, 0));
        _leadership.Add(new LeadershipQuota(Guid.NewGuid(), ZoneId, Talent.Id, 1, 1));
        _quotas.Add(new StaffingQuota(Guid.NewGuid(), ZoneId, Committee.Id, StaffingType.Administrative, 1));
        _quotas.Add(new StaffingQuota(Guid.NewGuid(), ZoneId, Talent.Id, StaffingType.Administrative, 1));
        _quotas.Add(new StaffingQuota(Guid.NewGuid(), ZoneId, Policy.Id, StaffingType.Administrative, 2));
        _quotas.Add(new StaffingQuota(Guid.NewGuid(), ZoneId, Approval.Id, StaffingType.Administrative, 1));
        HeadPost = NewPost(Committee, "H", LeadershipRole.Head);
        BureauHead = NewPost(Talent, "B", LeadershipRole.Head);
        PolicyFilled = NewPost(Policy, "S1", LeadershipRole.None);
        PolicyVacant = NewPost(Policy, "S2", LeadershipRole.None);
        ApprovalPost = NewPost(Approval, "A1", LeadershipRole.None);
        Jia = Seat("甲", HeadPost);
        Yi = Seat("乙", BureauHead);
        Bing = Seat("丙", PolicyFilled);
        Ding = Seat("丁", ApprovalPost);
    }

    public List<OrgUnit> Units { get; } = [];
    public List<Post> Posts { get; } = [];
    public List<Person> Persons { get; } = [];

    /// <summary>A fresh structure over these objects (the changes mutate them, so build a new SmallZone per run).</summary>
    public ZoneStructure Structure() => new(
        ZoneId, Effective, Units, _leadership, _quotas, [new ZoneStaffingQuota(Guid.NewGuid(), ZoneId, StaffingType.Administrative, 6)], Posts,
        _appointments, Persons, [])
    {
        Now = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)),
    };

    /// <summary>
    /// A second active primary appointment of <paramref name="person"/> (on a vacant post): a bad row the database
    /// now refuses, but one the planning must survive if it ever exists.
    /// </summary>
    public void AddSecondPrimary(Person person, Post post)
    {
        _appointments.Add(new Appointment(Guid.NewGuid(), ZoneId, person, post, AppointmentKind.Appointed, true, Founded, null, DateTimeOffset.UnixEpoch));
        post.Fill();
    }

    private OrgUnit Unit(OrgUnit? parent, string code, string name, params string[] functions)
    {
        var unit = new OrgUnit(Guid.NewGuid(), ZoneId, parent, code, OrgUnitKind.Department, name, name + " (en)", Founded, DateTimeOffset.UnixEpoch);
        foreach (var text in functions)
        {
            unit.AddFunction(text);
        }

        Units.Add(unit);
        return unit;
    }

    private Post NewPost(OrgUnit unit, string code, LeadershipRole role)
    {
        var post = new Post(Guid.NewGuid(), ZoneId, unit.Id, code, "岗位" + code, "Post " + code, PostCategory.Management, 8, StaffingType.Administrative, role, 1m);
        post.SetDutyClauses([unit.Functions[0].Id]);
        Posts.Add(post);
        return post;
    }

    private Person Seat(string name, Post post)
    {
        var person = new Person(Guid.NewGuid(), ZoneId, name, Gender.Female, new DateOnly(1990, 1, 1), "21020319900101" + (1000 + Persons.Count));
        Persons.Add(person);
        _appointments.Add(new Appointment(Guid.NewGuid(), ZoneId, person, post, AppointmentKind.Appointed, true, Founded, null, DateTimeOffset.UnixEpoch));
        post.Fill();
        return person;
    }
}
