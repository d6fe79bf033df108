using TalentReform.Notifications;
using TalentReform.Organization;
using TalentReform.Planning.Impact;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// Applies an approved plan on its effective date: loads the zone's structure tracked, refuses when anything
/// the plan was based on has changed since submission, runs the changes in order, refuses when the result
/// newly breaks a hard rule, and stages every write (new and removed aggregates, the units' history from
/// the effective date, the plan's status). The caller saves in one transaction (reassignments save once
/// before their new appointments), so all of it lands or nothing does.
/// </summary>
public class PlanApplier(
    IZoneStructureSource source,
    OrgUnitManager orgUnits,
    OrgUnitStructureWriter organization,
    StaffingStructureWriter staffing,
    StaffingPlanManager manager,
    TimeProvider clock)
{
    public async Task ApplyAsync(StaffingPlan plan, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        plan.EnsureCanApply(WorkingDayCalendar.ChinaDate(now));
        var structure = await source.LoadAsync(plan.ZoneId!.Value, plan.EffectiveDate, tracked: true, cancellationToken);
        EnsureBaseUnchanged(plan, structure);

        var baseline = PlanRuleChecker.Check(structure).Select(v => v.Key).ToHashSet();
        PlanChangeRunner.Run(structure, plan.ChangeSpecs);
        var broken = PlanRuleChecker.Check(structure).Where(v => v.IsHard && !baseline.Contains(v.Key)).ToList();
        if (broken.Count > 0)
        {
            throw new BusinessException(TalentReformErrorCodes.PlanBreaksHardRules, broken.Count, PlanViolationText.Of(broken[0]));
        }

        foreach (var aggregate in structure.Inserted.Where(a => a is not Appointment))
        {
            await InsertAsync(aggregate, cancellationToken);
        }

        foreach (var aggregate in structure.Deleted)
        {
            await DeleteAsync(aggregate, cancellationToken);
        }

        // The database allows one active primary appointment per person: a reassigned person's old appointment
        // must be ended (saved, inside the caller's transaction) before the new one goes in, as one save may
        // insert before it updates.
        var newAppointments = structure.Inserted.OfType<Appointment>().ToList();
        if (newAppointments.Count > 0)
        {
            await staffing.SaveChangesAsync(cancellationToken);
            foreach (var appointment in newAppointments)
            {
                await staffing.InsertAsync(appointment, cancellationToken);
            }
        }

        var reshaped = structure.ReshapedUnits.Select(id => structure.Units[id]).ToList();
        await orgUnits.RecordVersionsAsync(reshaped, plan.EffectiveDate, cancellationToken);
        plan.MarkApplied(now);
        await manager.NotifyAsync(plan, [plan.CreatorId], NotificationKind.PlanApplied, [plan.Title, plan.EffectiveDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], now, cancellationToken);
    }

    /// <summary>
    /// Every aggregate the changes touched must still carry the version recorded at submission; the first one
    /// that does not (or is gone) is named. Approvers approved a result computed from exactly those versions.
    /// </summary>
    private static void EnsureBaseUnchanged(StaffingPlan plan, ZoneStructure structure)
    {
        foreach (var version in plan.BaseVersions)
        {
            var current = version.Kind switch
            {
                BaseVersionKind.OrgUnit => structure.Units.GetValueOrDefault(version.Id)?.ConcurrencyStamp,
                BaseVersionKind.Post => structure.Posts.GetValueOrDefault(version.Id)?.ConcurrencyStamp,
                BaseVersionKind.Appointment => structure.Appointments.GetValueOrDefault(version.Id)?.ConcurrencyStamp,
                BaseVersionKind.StaffingQuota => structure.StaffingQuotas.Values.FirstOrDefault(q => q.Id == version.Id)?.ConcurrencyStamp,
                BaseVersionKind.LeadershipQuota => structure.LeadershipQuotas.Values.FirstOrDefault(q => q.Id == version.Id)?.ConcurrencyStamp,
                _ => null,
            };
            if (current != version.Stamp)
            {
                throw BusinessException.Conflict(TalentReformErrorCodes.PlanBaseChanged, version.Label);
            }
        }
    }

    private Task InsertAsync(object aggregate, CancellationToken cancellationToken) => aggregate switch
    {
        OrgUnit unit => organization.InsertAsync(unit, cancellationToken),
        Post post => staffing.InsertAsync(post, cancellationToken),
        Appointment appointment => staffing.InsertAsync(appointment, cancellationToken),
        StaffingQuota quota => staffing.InsertAsync(quota, cancellationToken),
        LeadershipQuota quota => organization.InsertAsync(quota, cancellationToken),
        _ => throw new InvalidOperationException($"A plan cannot create a {aggregate.GetType().Name}."),
    };

    private Task DeleteAsync(object aggregate, CancellationToken cancellationToken) => aggregate switch
    {
        Post post => staffing.DeleteAsync(post, cancellationToken),
        StaffingQuota quota => staffing.DeleteAsync(quota, cancellationToken),
        LeadershipQuota quota => organization.DeleteAsync(quota, cancellationToken),
        StaffingMixRule rule => staffing.DeleteAsync(rule, cancellationToken),
        _ => throw new InvalidOperationException($"A plan cannot delete a {aggregate.GetType().Name}."),
    };
}
