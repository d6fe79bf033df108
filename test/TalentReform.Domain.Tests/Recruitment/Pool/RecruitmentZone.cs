using TalentReform.Fakes;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// One zone's Staffing (units, 事业编制 quotas, people on posts) over in-memory repositories, with the 编制周转池's
/// slots and loans, the reservations other plans and pending hires hold, and a seat mover that records its moves.
/// </summary>
internal sealed class RecruitmentZone
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly Guid Drafter = Guid.NewGuid();

    public DomainServices Staffing { get; } = new();
    public InMemoryRepository<PoolLoan> Loans { get; } = new();
    public InMemoryRepository<StaffingPoolSlot> Slots { get; } = new();
    public List<ReservedPlaces> Reserved { get; } = [];
    public Mover SeatMover { get; } = new();
    public StaffingSeatReader Seats { get; }
    public RecruitmentPlanCapacity Capacity { get; }
    public PoolLoanManager LoanManager { get; }
    public PoolLoanReturns Returns { get; }

    public Guid ZoneId => DomainServices.ZoneId;

    public RecruitmentZone()
    {
        var executer = new LinqQueryableExecuter();
        var queries = new StaffingQueries(
            Staffing.StaffingQuotas, Staffing.ZoneTotals, Staffing.Posts, Staffing.Appointments, new InMemoryRepository<Person>(),
            new InMemoryRepository<StaffingMixRule>(), executer);
        Seats = new StaffingSeatReader(queries, Loans, executer);
        Capacity = new RecruitmentPlanCapacity(Seats, new Reservations(Reserved));
        LoanManager = new PoolLoanManager(Seats, Loans);
        Returns = new PoolLoanReturns(Seats, Slots, SeatMover);
    }

    /// <summary>A unit with a quota of <paramref name="quota"/> slots of the type, <paramref name="occupied"/> of them taken (one person per post).</summary>
    public async Task<OrgUnit> UnitAsync(string name, int quota, int occupied, StaffingType type = StaffingType.PublicInstitution)
    {
        var unit = await Staffing.UnitAsync(name);
        await Staffing.QuotaAsync(unit, type, quota);
        for (var i = 0; i < occupied; i++)
        {
            await Staffing.AppointAsync(DomainServices.Person($"{name}{i + 1}"), await Staffing.PostAsync(unit, type));
        }

        return unit;
    }

    /// <summary>
    /// The pool path of a hire: an appointment on a new post of the unit outside its quota (the manager's slot check
    /// would refuse it in a full unit; the integration seats pool hires this way).
    /// </summary>
    public async Task<Appointment> PoolSeatAsync(OrgUnit unit, string name)
    {
        var post = await Staffing.PostAsync(unit, StaffingType.PublicInstitution);
        var appointment = new Appointment(
            Guid.NewGuid(), ZoneId, DomainServices.Person(name), post, AppointmentKind.Appointed, true, DomainServices.Day, null, Now);
        await Staffing.Appointments.InsertAsync(appointment);
        return appointment;
    }

    public async Task<StaffingPoolSlot> SlotAsync(string code)
    {
        var slot = new StaffingPoolSlot(Guid.NewGuid(), ZoneId, code, "人才周转编制" + code, "2025年人才专项", Now);
        await Slots.InsertAsync(slot);
        return slot;
    }

    public RecruitmentPlan Plan(string number = "2026-001") =>
        new(Guid.NewGuid(), ZoneId, 2026, number, "2026年度公开招聘计划", Drafter, "人事处", Now);

    /// <summary>A plan of one line for the unit, submitted within its 空编 and approved in one step by the engine.</summary>
    public async Task<RecruitmentPlan> ApprovedPlanAsync(OrgUnit unit, int places)
    {
        var plan = Plan("2026-" + Guid.NewGuid().ToString("N")[..4]);
        plan.AddLine(Line(unit, places), Now);
        plan.Submit(await Capacity.CheckAsync(plan), Now);
        DocumentApproval.Submit(plan, Now);
        DocumentApproval.Decide(plan, Planning.ApprovalDecisionKind.Approve, Now);
        return plan;
    }

    public static RecruitmentPlanLineSpec Line(OrgUnit unit, int places, StaffingType type = StaffingType.PublicInstitution) =>
        new(unit.Id, unit.NameZh, null, "研究员", type, places, null);

    private sealed class Reservations(List<ReservedPlaces> reserved) : IRecruitmentReservations
    {
        public Task<IReadOnlyList<ReservedPlaces>> GetReservedAsync(Guid zoneId, Guid exceptPlanId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ReservedPlaces>>([.. reserved]);
    }

    /// <summary>Moves nobody: records which loans were moved and answers a new regular seat for each.</summary>
    public sealed class Mover : IPoolSeatMover
    {
        public List<(Guid LoanId, DateOnly On, RegularSeat Seat)> Moves { get; } = [];

        public Task<RegularSeat> MoveToRegularSlotAsync(PoolLoan loan, DateOnly on, CancellationToken cancellationToken = default)
        {
            var seat = new RegularSeat(Guid.NewGuid(), Guid.NewGuid());
            Moves.Add((loan.Id, on, seat));
            return Task.FromResult(seat);
        }
    }
}
