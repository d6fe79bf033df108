using System.Text.Json.Serialization;
using TalentReform.Staffing;

namespace TalentReform.Planning.Changes;

/// <summary>
/// 人员调岗: the person's current primary appointment ends the day before the plan takes effect, and a new
/// primary appointment on the vacant target post starts on it. Slots are checked on the plan's result.
/// </summary>
public sealed record ReassignPersonChange(Guid PersonId, Guid TargetPostId) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.ReassignPerson;

    public override void ApplyTo(ZoneStructure structure)
    {
        var person = structure.GetPerson(PersonId);
        var target = structure.GetPost(TargetPostId);
        if (target.Status != PostStatus.Vacant)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanPostNotVacant, target.Code);
        }

        if (structure.PrimaryAppointmentOf(person.Id) is { } current)
        {
            structure.EndAppointment(current, PostChangeRules.ReassignedReason, displaces: false);
        }

        var appointment = AppointmentManager.AppointPlanned(structure.ZoneId, person, target, structure.EffectiveDate, structure.Now);
        structure.Insert(appointment);
    }
}

/// <summary>解除聘任 of the person's primary appointment (retirement, transfer out), with the reason on record.</summary>
public sealed record EndAppointmentChange(Guid PersonId, string Reason) : PlanChangeSpec
{
    [JsonIgnore]
    public override PlanChangeType Type => PlanChangeType.EndAppointment;

    public override void ApplyTo(ZoneStructure structure)
    {
        var person = structure.GetPerson(PersonId);
        var appointment = structure.PrimaryAppointmentOf(person.Id)
            ?? throw new BusinessException(TalentReformErrorCodes.PlanPersonHasNoAppointment, person.Name);
        structure.EndAppointment(appointment, Reason, displaces: false);
    }
}
