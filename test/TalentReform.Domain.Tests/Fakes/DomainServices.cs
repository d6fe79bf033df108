using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Fakes;

/// <summary>The domain services of Organization and Staffing wired over in-memory repositories of one zone.</summary>
internal sealed class DomainServices
{
    public static readonly Guid ZoneId = Guid.NewGuid();
    public static readonly DateOnly Day = new(2026, 1, 1);

    public InMemoryOrgUnitRepository Units { get; } = new();
    public InMemoryRepository<LeadershipQuota> LeadershipQuotas { get; } = new();
    public InMemoryRepository<StaffingQuota> StaffingQuotas { get; } = new();
    public InMemoryRepository<ZoneStaffingQuota> ZoneTotals { get; } = new();
    public InMemoryRepository<Post> Posts { get; } = new();
    public InMemoryRepository<Appointment> Appointments { get; } = new();
    public InMemoryRepository<OrgUnitVersion> Versions { get; } = new();

    public OrgUnitManager OrgUnits { get; }
    public PostManager PostManager { get; }
    public StaffingQuotaManager Quotas { get; }
    public AppointmentManager AppointmentManager { get; }

    public DomainServices()
    {
        var executer = new LinqQueryableExecuter();
        OrgUnits = new OrgUnitManager(Units, LeadershipQuotas, Versions, new OrgUnitPostQuery(Posts, executer), executer, TimeProvider.System);
        PostManager = new PostManager(Posts, OrgUnits, executer);
        Quotas = new StaffingQuotaManager(StaffingQuotas, ZoneTotals, Appointments, OrgUnits, executer);
        AppointmentManager = new AppointmentManager(Appointments, StaffingQuotas, Quotas, OrgUnits, TimeProvider.System);
    }

    public async Task<OrgUnit> UnitAsync(string nameZh, OrgUnit? parent = null, params string[] functions)
    {
        var unit = await OrgUnits.CreateAsync(ZoneId, parent?.Id, OrgUnitKind.Department, nameZh, nameZh, Day);
        foreach (var text in functions)
        {
            unit.AddFunction(text);
        }

        await Units.InsertAsync(unit);
        return unit;
    }

    public async Task<Post> PostAsync(OrgUnit unit, StaffingType type = StaffingType.Administrative, LeadershipRole role = LeadershipRole.None, params Guid[] duties)
    {
        var post = await PostManager.CreateAsync(
            ZoneId, unit.Id, "P-" + Guid.NewGuid().ToString("N")[..8], "科员", "Officer", PostCategory.Management, 8, type, role, 1m, duties);
        await Posts.InsertAsync(post);
        return post;
    }

    public async Task QuotaAsync(OrgUnit unit, StaffingType type, int approved)
    {
        // The manager inserts the zone total itself when the type has none yet.
        await Quotas.SetZoneTotalAsync(ZoneId, type, 1000);
        await StaffingQuotas.InsertAsync(await Quotas.CreateAsync(ZoneId, unit.Id, type, approved));
    }

    public async Task<Appointment> AppointAsync(Person person, Post post, bool isPrimary = true)
    {
        var appointment = await AppointmentManager.CreateAsync(ZoneId, person, post, AppointmentKind.Appointed, isPrimary, Day, null);
        await Appointments.InsertAsync(appointment);
        return appointment;
    }

    public static Person Person(string name) =>
        new(Guid.NewGuid(), ZoneId, name, Gender.Male, new DateOnly(1988, 8, 8), "2102" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999));
}
