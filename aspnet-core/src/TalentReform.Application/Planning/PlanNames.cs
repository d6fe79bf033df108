using System.Globalization;
using TalentReform.Localization;
using TalentReform.Organization;
using TalentReform.Planning.Changes;
using TalentReform.Planning.Impact;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// Names of the zone's units (abolished ones too), posts and people, plus the units and posts a plan creates,
/// so its changes and impact read as sentences ("综合办公室 并入 党政办公室") rather than ids. A draft reads the live
/// names; a submitted plan the names stored with it (<see cref="Stored"/>).
/// </summary>
public sealed class PlanNames
{
    private readonly Dictionary<Guid, (string Zh, string En)> _units;
    private readonly Dictionary<Guid, string> _posts;
    private readonly Dictionary<Guid, string> _persons;

    private PlanNames(Dictionary<Guid, (string, string)> units, Dictionary<Guid, string> posts, Dictionary<Guid, string> persons)
    {
        (_units, _posts, _persons) = (units, posts, persons);
    }

    /// <summary>The live names, from the Organization and Staffing modules' published queries.</summary>
    public static async Task<PlanNames> LoadAsync(
        IOrgUnitQueries orgUnits, IStaffingQueries staffing, IEnumerable<PlanChangeSpec> changes, CancellationToken cancellationToken)
    {
        var units = await orgUnits.GetNamesAsync(cancellationToken);
        var posts = await staffing.GetPostNamesAsync(cancellationToken);
        var persons = await staffing.GetPersonNamesAsync(cancellationToken);
        var names = new PlanNames(units, posts.ToDictionary(p => p.Key, p => PlanChangeNames.PostText(p.Value.Code, p.Value.TitleZh)), persons);
        foreach (var change in changes)
        {
            switch (change)
            {
                case CreateUnitChange c:
                    names._units[c.NewUnitId] = (c.NameZh, c.NameEn);
                    break;
                case CreatePostChange c:
                    names._posts[c.NewPostId] = PlanChangeNames.PostText(c.Code, c.TitleZh);
                    break;
            }
        }

        return names;
    }

    /// <summary>The names one change referred to when its plan was submitted (see <see cref="PlanChangeNames"/>).</summary>
    public static PlanNames Stored(PlanChangeNames names) => new(
        names.Units.ToDictionary(u => u.Key, u => (u.Value.Zh, u.Value.En)), names.Posts.ToDictionary(), names.Persons.ToDictionary());

    public string Unit(Guid? id) =>
        id is null ? new LocalizedText("PlanChange:TopLevel").ToString()
        : _units.TryGetValue(id.Value, out var n) ? OrgUnitNames.Localized(n.Zh, n.En) : id.Value.ToString();

    public string Post(Guid id) => _posts.GetValueOrDefault(id) ?? id.ToString();

    public string Person(Guid id) => _persons.GetValueOrDefault(id) ?? id.ToString();

    /// <summary>"管理岗位 7级 · 正职": category, level and leadership role in the reader's language.</summary>
    public static string Grade(PostCategory category, int? level, LeadershipRole role)
    {
        var text = LocalizedEnum.Of(category).ToString();
        if (level is { } l)
        {
            text += " " + new LocalizedText("PlanGrade:Level", l.ToString(CultureInfo.InvariantCulture));
        }

        return role == LeadershipRole.None ? text : text + " · " + LocalizedEnum.Of(role);
    }

    /// <summary>One line describing the change in the reader's language.</summary>
    public string Describe(PlanChangeSpec spec) => spec switch
    {
        CreateUnitChange c => Text(spec, Unit(c.ParentId), OrgUnitNames.Localized(c.NameZh, c.NameEn)),
        RenameUnitChange c => Text(spec, Unit(c.UnitId), OrgUnitNames.Localized(c.NameZh, c.NameEn)),
        MoveUnitChange c => Text(spec, Unit(c.UnitId), Unit(c.NewParentId)),
        MergeUnitsChange c => Text(spec, string.Join("、", c.SourceUnitIds.Select(id => Unit(id))), Unit(c.SurvivingUnitId)),
        AbolishUnitChange c => Text(spec, Unit(c.UnitId)),
        SetFunctionsChange c => Text(spec, Unit(c.UnitId), c.Functions.Count),
        SetLeadershipQuotaChange c => Text(spec, Unit(c.UnitId), c.Heads, c.Deputies),
        SetStaffingQuotaChange c => Text(spec, Unit(c.UnitId), LocalizedEnum.Of(c.StaffingType), c.Approved),
        CreatePostChange c => Text(spec, Unit(c.UnitId), c.Code, c.TitleZh, Grade(c.Category, c.Level, c.LeadershipRole)),
        AbolishPostChange c => Text(spec, Post(c.PostId)),
        MovePostChange c => Text(spec, Post(c.PostId), Unit(c.UnitId)),
        RegradePostChange c => Text(spec, Post(c.PostId), Grade(c.Category, c.Level, c.LeadershipRole)),
        ReassignPersonChange c => Text(spec, Person(c.PersonId), Post(c.TargetPostId)),
        EndAppointmentChange c => Text(spec, Person(c.PersonId), c.Reason),
        _ => spec.Type.ToString(),
    };

    private static string Text(PlanChangeSpec spec, params object?[] args) =>
        TalentReformResource.Get("PlanChange:" + spec.Type, CultureInfo.CurrentUICulture, args);
}
