using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentReform.Planning.Changes;

/// <summary>
/// One typed change of a staffing plan. It runs on a <see cref="ZoneStructure"/> through the aggregates' own
/// methods, so a structural impossibility (a cycle, an unknown post, a taken code) is refused where it is
/// added; quota and 领导职数 limits are instead checked on the plan's result (see PlanRuleChecker), because a
/// later change of the same plan may make room. Ids of units, posts and clauses a plan creates are chosen
/// when the change is drafted, so later changes can refer to them and the apply creates exactly them.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CreateUnitChange), nameof(PlanChangeType.CreateUnit))]
[JsonDerivedType(typeof(RenameUnitChange), nameof(PlanChangeType.RenameUnit))]
[JsonDerivedType(typeof(MoveUnitChange), nameof(PlanChangeType.MoveUnit))]
[JsonDerivedType(typeof(MergeUnitsChange), nameof(PlanChangeType.MergeUnits))]
[JsonDerivedType(typeof(AbolishUnitChange), nameof(PlanChangeType.AbolishUnit))]
[JsonDerivedType(typeof(SetFunctionsChange), nameof(PlanChangeType.SetFunctions))]
[JsonDerivedType(typeof(SetLeadershipQuotaChange), nameof(PlanChangeType.SetLeadershipQuota))]
[JsonDerivedType(typeof(SetStaffingQuotaChange), nameof(PlanChangeType.SetStaffingQuota))]
[JsonDerivedType(typeof(CreatePostChange), nameof(PlanChangeType.CreatePost))]
[JsonDerivedType(typeof(AbolishPostChange), nameof(PlanChangeType.AbolishPost))]
[JsonDerivedType(typeof(MovePostChange), nameof(PlanChangeType.MovePost))]
[JsonDerivedType(typeof(RegradePostChange), nameof(PlanChangeType.RegradePost))]
[JsonDerivedType(typeof(ReassignPersonChange), nameof(PlanChangeType.ReassignPerson))]
[JsonDerivedType(typeof(EndAppointmentChange), nameof(PlanChangeType.EndAppointment))]
public abstract record PlanChangeSpec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    [JsonIgnore]
    public abstract PlanChangeType Type { get; }

    public abstract void ApplyTo(ZoneStructure structure);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanChangeSpec FromJson(string json) =>
        JsonSerializer.Deserialize<PlanChangeSpec>(json, Json) ?? throw new InvalidOperationException("Empty plan change.");
}

/// <summary>A 三定 duty clause with its id (existing, or chosen when a new clause is drafted).</summary>
public sealed record FunctionClause(Guid Id, string Text);
