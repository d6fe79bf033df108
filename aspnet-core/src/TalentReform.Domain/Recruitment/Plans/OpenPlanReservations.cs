namespace TalentReform.Recruitment;

/// <summary>The places other open plans hold, for an <see cref="IRecruitmentReservations"/> over the stored plans.</summary>
public static class OpenPlanReservations
{
    /// <summary>
    /// Per unit×type, the places of every plan that still reserves them (submitted, approved or filed) except
    /// <paramref name="exceptPlanId"/>; <paramref name="usedPlaces"/> takes off places already hired or pending per
    /// plan and unit×type, so a place is never counted both as reserved and as occupied or pending.
    /// </summary>
    public static IReadOnlyList<ReservedPlaces> Of(
        IEnumerable<RecruitmentPlan> plans, Guid exceptPlanId, Func<RecruitmentPlan, RecruitmentPlanLine, int>? usedPlaces = null) =>
        plans.Where(p => p.Id != exceptPlanId && p.ReservesPlaces)
            .SelectMany(p => p.Lines.Select(l => (l.OrgUnitId, l.StaffingType, Places: Math.Max(0, l.Places - (usedPlaces?.Invoke(p, l) ?? 0)))))
            .GroupBy(x => (x.OrgUnitId, x.StaffingType))
            .Select(g => new ReservedPlaces(g.Key.OrgUnitId, g.Key.StaffingType, g.Sum(x => x.Places), 0))
            .Where(r => r.ByOtherPlans > 0)
            .ToList();
}
