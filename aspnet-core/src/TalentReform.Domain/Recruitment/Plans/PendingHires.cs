using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// What one campaign position holds of its plan line: its places (after any 开考比例 cut), the candidates hired on it,
/// and those pending (see <see cref="PendingHires.Holds"/>).
/// </summary>
public sealed record PositionHiring(Guid PlanId, Guid PlanLineId, Guid OrgUnitId, StaffingType StaffingType, int Places, int Pending, int Hired)
{
    /// <summary>Pending hires count at most the places not yet filled: a 递补 beside the candidate it may replace holds no second place.</summary>
    public int PendingPlaces => Math.Min(Pending, Math.Max(0, Places - Hired));

    /// <summary>The line's places this position has used: hired or pending, never more than its places.</summary>
    public int UsedPlaces => Math.Min(Places, Hired + PendingPlaces);
}

/// <summary>
/// 待聘 (pending hires) in the 空编 check of a plan (rule 1). A hire is pending from 体检 (the candidate passed the
/// ranking, or entered as a 递补) through 考察 and 公示 until the hire puts the person on a seat — from then on Staffing
/// counts the seat as occupied. Before 体检 nobody is chosen yet: the open plan's places hold the seat. Each place is
/// counted once: a plan line's reservation is its places less those hired or pending on its positions, and pending
/// hires are counted apart, per unit×type, capped per position at the places still unfilled.
/// </summary>
public static class PendingHires
{
    /// <summary>The application holds a place pending its hire: active, at 体检, 考察 or 公示.</summary>
    public static bool Holds(ApplicationStatus status, RecruitmentStage stage) =>
        status == ApplicationStatus.Active && stage is RecruitmentStage.Medical or RecruitmentStage.Assessment or RecruitmentStage.Publicity;

    /// <summary>
    /// Per unit×type: the places other open plans still reserve (less their lines' hired and pending places) and the
    /// pending hires, both leaving out <paramref name="exceptPlanId"/> (the plan being checked).
    /// </summary>
    public static IReadOnlyList<ReservedPlaces> Reserve(IEnumerable<RecruitmentPlan> openPlans, IEnumerable<PositionHiring> positions, Guid exceptPlanId)
    {
        var others = positions.Where(p => p.PlanId != exceptPlanId).ToList();
        var usedByLine = others.GroupBy(p => p.PlanLineId).ToDictionary(g => g.Key, g => g.Sum(p => p.UsedPlaces));
        var byPlans = OpenPlanReservations.Of(openPlans, exceptPlanId, (_, line) => usedByLine.GetValueOrDefault(line.Id));
        var byHires = others.Where(p => p.PendingPlaces > 0)
            .GroupBy(p => (p.OrgUnitId, p.StaffingType))
            .Select(g => new ReservedPlaces(g.Key.OrgUnitId, g.Key.StaffingType, 0, g.Sum(p => p.PendingPlaces)));
        return byPlans.Concat(byHires)
            .GroupBy(r => (r.OrgUnitId, r.StaffingType))
            .Select(g => new ReservedPlaces(g.Key.OrgUnitId, g.Key.StaffingType, g.Sum(r => r.ByOtherPlans), g.Sum(r => r.ByPendingHires)))
            .ToList();
    }
}
