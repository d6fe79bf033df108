using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// The 空编 a plan line meets, with the arithmetic shown: free = quota − occupied − reserved by other plans − pending
/// hires − owed to pool loans (a vacancy goes first to the unit's 周转编制 user), never below 0. The line fits while
/// the plan's places for the same unit×type (<see cref="AskedInPlan"/>) are at most <see cref="Free"/>.
/// </summary>
public sealed record PlanLineCapacity(
    Guid LineId,
    Guid OrgUnitId,
    string UnitName,
    StaffingType StaffingType,
    int Quota,
    int Occupied,
    int ReservedByOtherPlans,
    int PendingHires,
    int OwedToPoolLoans,
    int Free,
    int AskedOnLine,
    int AskedInPlan)
{
    public bool Exceeds => AskedInPlan > Free;
}

/// <summary>Per line of one plan, as it was when checked.</summary>
public sealed record RecruitmentPlanCapacityReport(Guid PlanId, IReadOnlyList<PlanLineCapacity> Lines)
{
    public IEnumerable<PlanLineCapacity> Exceeding => Lines.Where(l => l.Exceeds);

    /// <summary>Made for the plan's lines as they are now (same lines, units, types and places)?</summary>
    public bool IsFor(RecruitmentPlan plan) =>
        PlanId == plan.Id
        && plan.Lines.Count == Lines.Count
        && plan.Lines.All(l => Lines.Any(c =>
            c.LineId == l.Id && c.OrgUnitId == l.OrgUnitId && c.StaffingType == l.StaffingType && c.AskedOnLine == l.Places));
}
