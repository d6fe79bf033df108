using System.Globalization;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning.Impact;

/// <summary>
/// Checks a structure against the rules a plan's result must keep: 编制 (occupied ≤ approved per unit and
/// type, and the units' quotas within the zone total), 领导职数 (head and deputy posts ≤ the unit's limits;
/// none without a quota), nobody left without a post by a change, every live unit with a 三定 clause, and
/// the 人员组合 rules (reported, not blocking); and, as a data-integrity check, nobody on two primary posts.
/// </summary>
public static class PlanRuleChecker
{
    public static List<PlanViolation> Check(ZoneStructure s)
    {
        var found = new List<PlanViolation>();
        var live = s.LiveUnits.ToDictionary(u => u.Id);

        foreach (var group in s.Appointments.Values.GroupBy(a => (a.OrgUnitId, a.StaffingType)))
        {
            var approved = s.StaffingQuotas.TryGetValue(group.Key, out var quota) ? quota.Approved : 0;
            var occupied = group.Count();
            if (occupied > approved)
            {
                found.Add(new PlanViolation(
                    PlanRuleKind.OverStaffingQuota, $"quota:{group.Key.OrgUnitId}:{group.Key.StaffingType}", group.Key.OrgUnitId, null, null,
                    [s.UnitName(group.Key.OrgUnitId), EnumKey(group.Key.StaffingType), Text(approved), Text(occupied), Text(occupied - approved)]));
            }
        }

        foreach (var group in s.Posts.Values.Where(p => p.LeadershipRole != LeadershipRole.None).GroupBy(p => (p.OrgUnitId, p.LeadershipRole)))
        {
            var limit = s.LeadershipQuotas.TryGetValue(group.Key.OrgUnitId, out var quota) ? quota.LimitOf(group.Key.LeadershipRole) : 0;
            var count = group.Count();
            if (count > limit)
            {
                found.Add(new PlanViolation(
                    PlanRuleKind.OverLeadershipQuota, $"leadership:{group.Key.OrgUnitId}:{group.Key.LeadershipRole}", group.Key.OrgUnitId, null, null,
                    [s.UnitName(group.Key.OrgUnitId), EnumKey(group.Key.LeadershipRole), Text(limit), Text(count)]));
            }
        }

        foreach (var type in s.StaffingQuotas.Values.Select(q => q.StaffingType).Distinct())
        {
            var total = s.ZoneTotals.GetValueOrDefault(type);
            var sum = s.StaffingQuotas.Values.Where(q => q.StaffingType == type).Sum(q => q.Approved);
            if (sum > total)
            {
                found.Add(new PlanViolation(PlanRuleKind.OverZoneStaffingTotal, $"total:{type}", null, null, null, [EnumKey(type), Text(total), Text(sum)]));
            }
        }

        foreach (var personId in s.DisplacedPersons.Where(id => s.PrimaryAppointmentOf(id) is null))
        {
            found.Add(new PlanViolation(PlanRuleKind.PersonWithoutPost, $"person:{personId}", null, null, personId, [s.PersonName(personId)]));
        }

        foreach (var group in s.Appointments.Values.Where(a => a.IsPrimary).GroupBy(a => a.PersonId).Where(g => g.Count() > 1))
        {
            found.Add(new PlanViolation(
                PlanRuleKind.DuplicatePrimaryAppointment, $"primary:{group.Key}", null, null, group.Key, [s.PersonName(group.Key), Text(group.Count())]));
        }

        foreach (var unit in live.Values.Where(u => u.Functions.Count == 0))
        {
            found.Add(new PlanViolation(PlanRuleKind.UnitWithoutFunction, $"functions:{unit.Id}", unit.Id, null, null, [unit.NameZh]));
        }

        var postsByUnit = s.Posts.Values.ToLookup(p => p.OrgUnitId);
        foreach (var rule in s.MixRules.Where(r => live.ContainsKey(r.OrgUnitId)))
        {
            if (StaffingMixEvaluator.Evaluate(rule, postsByUnit[rule.OrgUnitId].ToList()).IsViolated)
            {
                found.Add(new PlanViolation(
                    PlanRuleKind.StaffingMix, $"mix:{rule.Id}", rule.OrgUnitId, null, null, [s.UnitName(rule.OrgUnitId), EnumKey(rule.Kind)]));
            }
        }

        return found;
    }

    private static string EnumKey<T>(T value)
        where T : struct, Enum => $"Enum:{typeof(T).Name}.{value}";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
