using System.Text.Json.Serialization;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning.Changes;

/// <summary>核定领导职数 of a unit (created when it has none).</summary>
public sealed record SetLeadershipQuotaChange(Guid UnitId, int Heads, int Deputies) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.SetLeadershipQuota;

    public override void ApplyTo(ZoneStructure structure)
    {
        var unit = structure.GetLiveUnit(UnitId);
        if (structure.LeadershipQuotas.TryGetValue(unit.Id, out var quota))
        {
            structure.Touch(quota, BaseVersionKind.LeadershipQuota, unit.NameZh);

            // The posts already there are compared on the plan's result, after the changes that follow.
            quota.Set(Heads, Deputies, 0, 0);
        }
        else
        {
            structure.Insert(new LeadershipQuota(Guid.NewGuid(), structure.ZoneId, unit.Id, Heads, Deputies));
        }
    }
}

/// <summary>核定编制 of one staffing type in a unit (created when it has none).</summary>
public sealed record SetStaffingQuotaChange(Guid UnitId, StaffingType StaffingType, int Approved) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.SetStaffingQuota;

    public override void ApplyTo(ZoneStructure structure)
    {
        var unit = structure.GetLiveUnit(UnitId);
        if (structure.StaffingQuotas.TryGetValue((unit.Id, StaffingType), out var quota))
        {
            structure.Touch(quota, BaseVersionKind.StaffingQuota, unit.NameZh);
            quota.SetApproved(Approved, 0);
        }
        else
        {
            structure.Insert(new StaffingQuota(Guid.NewGuid(), structure.ZoneId, unit.Id, StaffingType, Approved));
        }
    }
}
