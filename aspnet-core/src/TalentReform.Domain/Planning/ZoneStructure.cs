using TalentReform.Entities;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// The whole structure of one zone held in memory — units (abolished ones too, for their codes), 领导职数,
/// 编制, posts, active appointments and people — on which a staffing plan's changes run in order. Loaded
/// detached it is a copy for the what-if impact; loaded tracked it is what the apply saves. The changes use
/// the aggregates' own methods, and this class answers the tree-wide questions from memory (free codes,
/// children, occupied slots) so that a thousand changes cost no thousand queries.
/// </summary>
public sealed class ZoneStructure
{
    private readonly Dictionary<string, BaseVersion> _touched = [];
    private readonly List<object> _inserted = [];
    private readonly List<object> _deleted = [];
    private readonly HashSet<Guid> _reshapedUnits = [];
    private readonly HashSet<Guid> _displacedPersons = [];

    public ZoneStructure(
        Guid zoneId, DateOnly effectiveDate, IEnumerable<OrgUnit> units, IEnumerable<LeadershipQuota> leadershipQuotas,
        IEnumerable<StaffingQuota> staffingQuotas, IEnumerable<ZoneStaffingQuota> zoneTotals, IEnumerable<Post> posts,
        IEnumerable<Appointment> activeAppointments, IEnumerable<Person> persons, IEnumerable<StaffingMixRule> mixRules)
    {
        ZoneId = zoneId;
        EffectiveDate = effectiveDate;
        Units = units.ToDictionary(u => u.Id);
        LeadershipQuotas = leadershipQuotas.ToDictionary(q => q.OrgUnitId);
        StaffingQuotas = staffingQuotas.ToDictionary(q => (q.OrgUnitId, q.StaffingType));
        ZoneTotals = zoneTotals.ToDictionary(t => t.StaffingType, t => t.Approved);
        Posts = posts.ToDictionary(p => p.Id);
        Appointments = activeAppointments.Where(a => a.IsActive).ToDictionary(a => a.Id);
        Persons = persons.ToDictionary(p => p.Id);
        MixRules = mixRules.ToList();
    }

    public Guid ZoneId { get; }

    /// <summary>The time the changes run at (creation time of new units and appointments).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The plan's effective date: new units start on it, abolished ones end the day before.</summary>
    public DateOnly EffectiveDate { get; }

    public Dictionary<Guid, OrgUnit> Units { get; }
    public Dictionary<Guid, LeadershipQuota> LeadershipQuotas { get; }
    public Dictionary<(Guid OrgUnitId, StaffingType Type), StaffingQuota> StaffingQuotas { get; }
    public Dictionary<StaffingType, int> ZoneTotals { get; }
    public Dictionary<Guid, Post> Posts { get; }

    /// <summary>Active appointments only; an ended one leaves this set (and stays in <see cref="Ended"/> for saving).</summary>
    public Dictionary<Guid, Appointment> Appointments { get; }

    public Dictionary<Guid, Person> Persons { get; }
    public List<StaffingMixRule> MixRules { get; }

    /// <summary>New aggregates (units, quotas, posts, appointments) for the apply to insert.</summary>
    public IReadOnlyList<object> Inserted => _inserted;

    /// <summary>Aggregates to delete (abolished posts, the quotas and rules of merged units).</summary>
    public IReadOnlyList<object> Deleted => _deleted;

    /// <summary>Units whose place or names changed, created or abolished: their history gets a version.</summary>
    public IReadOnlyCollection<Guid> ReshapedUnits => _reshapedUnits;

    /// <summary>People whose seat a change took away (not an explicit end of appointment).</summary>
    public IReadOnlyCollection<Guid> DisplacedPersons => _displacedPersons;

    /// <summary>The stored versions of what the changes read or wrote, recorded at submission (stale-base check).</summary>
    public IReadOnlyCollection<BaseVersion> Touched => _touched.Values;

    public IEnumerable<OrgUnit> LiveUnits => Units.Values.Where(u => !u.IsAbolished);

    public OrgUnit GetLiveUnit(Guid id)
    {
        if (!Units.TryGetValue(id, out var unit) || unit.IsAbolished)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanUnitNotFound, id);
        }

        Touch(unit, BaseVersionKind.OrgUnit, unit.NameZh);
        return unit;
    }

    public Post GetPost(Guid id)
    {
        if (!Posts.TryGetValue(id, out var post))
        {
            throw new BusinessException(TalentReformErrorCodes.PlanPostNotFound, id);
        }

        Touch(post, BaseVersionKind.Post, post.Code);
        return post;
    }

    public Person GetPerson(Guid id) =>
        Persons.TryGetValue(id, out var person) ? person : throw new BusinessException(TalentReformErrorCodes.PlanPersonNotFound, id);

    public string UnitName(Guid id) => Units.TryGetValue(id, out var unit) ? unit.NameZh : id.ToString();

    public string PersonName(Guid id) => Persons.TryGetValue(id, out var person) ? person.Name : id.ToString();

    public IEnumerable<OrgUnit> ChildrenOf(Guid? parentId) => Units.Values.Where(u => u.ParentId == parentId);

    public IEnumerable<OrgUnit> DescendantsOf(OrgUnit unit) => Units.Values.Where(u => OrgUnitCodes.IsDescendantOf(u.Code, unit.Code));

    public IEnumerable<Post> PostsOf(Guid unitId) => Posts.Values.Where(p => p.OrgUnitId == unitId);

    public Appointment? ActiveAppointmentOnPost(Guid postId) => Appointments.Values.FirstOrDefault(a => a.PostId == postId);

    public Appointment? PrimaryAppointmentOf(Guid personId) => Appointments.Values.FirstOrDefault(a => a.PersonId == personId && a.IsPrimary);

    public int Occupied(Guid unitId, StaffingType type) => Appointments.Values.Count(a => a.OrgUnitId == unitId && a.StaffingType == type);

    /// <summary>The next free code under the parent, counting abolished children too (codes are never reused).</summary>
    public string NextCode(OrgUnit? parent)
    {
        var number = OrgUnitCodes.NextNumber(ChildrenOf(parent?.Id).Select(u => u.Code).ToList());
        if (number > OrgUnitCodes.MaxSiblings)
        {
            throw new BusinessException(TalentReformErrorCodes.OrgUnitCodeSpaceExhausted, parent?.NameZh ?? "-");
        }

        return OrgUnitCodes.Create(parent?.Code, number);
    }

    public void Insert(object aggregate)
    {
        _inserted.Add(aggregate);
        switch (aggregate)
        {
            case OrgUnit unit:
                Units.Add(unit.Id, unit);
                _reshapedUnits.Add(unit.Id);
                break;
            case Post post:
                Posts.Add(post.Id, post);
                break;
            case Appointment appointment:
                Appointments.Add(appointment.Id, appointment);
                break;
            case StaffingQuota quota:
                StaffingQuotas.Add((quota.OrgUnitId, quota.StaffingType), quota);
                break;
            case LeadershipQuota quota:
                LeadershipQuotas.Add(quota.OrgUnitId, quota);
                break;
        }
    }

    public void Delete(object aggregate)
    {
        // Something inserted by an earlier change of the same plan is simply never inserted.
        if (!_inserted.Remove(aggregate))
        {
            _deleted.Add(aggregate);
        }

        switch (aggregate)
        {
            case Post post:
                Posts.Remove(post.Id);
                break;
            case StaffingQuota quota:
                StaffingQuotas.Remove((quota.OrgUnitId, quota.StaffingType));
                break;
            case LeadershipQuota quota:
                LeadershipQuotas.Remove(quota.OrgUnitId);
                break;
            case StaffingMixRule rule:
                MixRules.Remove(rule);
                break;
        }
    }

    public void MarkReshaped(OrgUnit unit) => _reshapedUnits.Add(unit.Id);

    public static void EnsureDepth(int depth)
    {
        if (depth > OrgUnitConsts.MaxDepth)
        {
            // Boxed: an int right after the code would bind to the (code, status, args) overload.
            throw new BusinessException(TalentReformErrorCodes.OrgUnitTooDeep, (object)OrgUnitConsts.MaxDepth);
        }
    }

    /// <summary>Moves the unit and its subtree under <paramref name="parent"/> (null: to the top), with fresh codes.</summary>
    public void MoveUnit(OrgUnit unit, OrgUnit? parent)
    {
        if (unit.ParentId == parent?.Id)
        {
            return;
        }

        unit.EnsureCanMoveUnder(parent);
        var descendants = DescendantsOf(unit).ToList();
        var height = descendants.Select(d => d.Depth).DefaultIfEmpty(unit.Depth).Max() - unit.Depth;
        EnsureDepth((parent?.Depth ?? 0) + 1 + height);
        var oldCode = unit.Code;
        var newCode = NextCode(parent);
        unit.MoveTo(parent, newCode);
        MarkReshaped(unit);
        foreach (var descendant in descendants)
        {
            OrgUnitManager.RebasePlannedCode(descendant, oldCode, newCode);
            MarkReshaped(descendant);
        }
    }

    /// <summary>Abolishes the unit the day before the plan takes effect; its 编制, 领导职数 and 人员组合 rules go with it (编制 return to the zone).</summary>
    public void AbolishUnit(OrgUnit unit)
    {
        var children = ChildrenOf(unit.Id).Count(c => !c.IsAbolished);
        unit.Abolish(EffectiveDate.AddDays(-1), children, PostsOf(unit.Id).Count());
        MarkReshaped(unit);
        foreach (var quota in StaffingQuotas.Values.Where(q => q.OrgUnitId == unit.Id).ToList())
        {
            Touch(quota, BaseVersionKind.StaffingQuota, unit.NameZh);
            Delete(quota);
        }

        if (LeadershipQuotas.TryGetValue(unit.Id, out var leadership))
        {
            Touch(leadership, BaseVersionKind.LeadershipQuota, unit.NameZh);
            Delete(leadership);
        }

        foreach (var rule in MixRules.Where(r => r.OrgUnitId == unit.Id).ToList())
        {
            Delete(rule);
        }
    }

    /// <summary>Ends an appointment; <paramref name="displaces"/> when a change took the seat away rather than ending it on purpose.</summary>
    public void EndAppointment(Appointment appointment, string reason, bool displaces)
    {
        var post = Posts.GetValueOrDefault(appointment.PostId);
        AppointmentManager.End(appointment, post, EndDate(appointment), reason);
        Appointments.Remove(appointment.Id);
        Touch(appointment, BaseVersionKind.Appointment, PersonName(appointment.PersonId));
        if (displaces && appointment.IsPrimary)
        {
            _displacedPersons.Add(appointment.PersonId);
        }
    }

    /// <summary>The day before the plan takes effect, but never before the appointment began.</summary>
    public DateOnly EndDate(Appointment appointment)
    {
        var day = EffectiveDate.AddDays(-1);
        return day < appointment.TermStart ? appointment.TermStart : day;
    }

    public void Touch(AggregateRoot aggregate, BaseVersionKind kind, string label)
    {
        if (_inserted.Contains(aggregate))
        {
            return;
        }

        _touched.TryAdd(kind + ":" + aggregate.Id, new BaseVersion(kind, aggregate.Id, aggregate.ConcurrencyStamp, label));
    }
}
