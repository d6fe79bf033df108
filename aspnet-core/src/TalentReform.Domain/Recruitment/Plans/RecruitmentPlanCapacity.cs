using TalentReform.Localization;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// Checks a recruitment plan against each unit's 空编 of the line's type (quota − occupied regular slots), less what
/// other open plans, pending hires and the unit's active pool loans already hold. Lines of the same unit×type are
/// summed. The report is shown per line in the editor and required by <see cref="RecruitmentPlan.Submit"/>.
/// </summary>
public class RecruitmentPlanCapacity(StaffingSeatReader seatReader, IRecruitmentReservations reservations)
{
    public async Task<RecruitmentPlanCapacityReport> CheckAsync(RecruitmentPlan plan, CancellationToken cancellationToken = default)
    {
        var zoneId = plan.ZoneId!.Value;
        var seats = await seatReader.ReadAsync(zoneId, cancellationToken);
        EnsurePostsMatch(plan, seats.Posts);
        var reserved = await reservations.GetReservedAsync(zoneId, plan.Id, cancellationToken);
        return Evaluate(plan, seats.Seats, reserved);
    }

    /// <summary>A line on an existing post counts against that post's unit and type: refused when the line says otherwise.</summary>
    public static void EnsurePostsMatch(RecruitmentPlan plan, IReadOnlyList<Post> posts)
    {
        foreach (var line in plan.Lines.Where(l => l.PostId is not null))
        {
            var post = posts.FirstOrDefault(p => p.Id == line.PostId);
            if (post is null || post.OrgUnitId != line.OrgUnitId || post.StaffingType != line.StaffingType)
            {
                throw new BusinessException(
                    TalentReformErrorCodes.RecruitmentPlanLinePostMismatch, post?.Code ?? line.PostId.ToString(), line.UnitName, LocalizedEnum.Of(line.StaffingType));
            }
        }
    }

    /// <summary>The report for seats and reservations already loaded.</summary>
    public static RecruitmentPlanCapacityReport Evaluate(
        RecruitmentPlan plan, IReadOnlyList<UnitSeats> seats, IReadOnlyList<ReservedPlaces> reserved)
    {
        var lines = plan.Lines;
        var result = lines.Select(line =>
        {
            var seat = StaffingSeatCalculator.For(seats, line.OrgUnitId, line.StaffingType);
            var held = reserved.Where(r => r.OrgUnitId == line.OrgUnitId && r.StaffingType == line.StaffingType).ToList();
            var byPlans = held.Sum(r => r.ByOtherPlans);
            var byHires = held.Sum(r => r.ByPendingHires);
            var free = Math.Max(0, seat.RegularQuota - seat.RegularOccupied - byPlans - byHires - seat.OwedToPoolLoans);
            var askedInPlan = lines.Where(l => l.OrgUnitId == line.OrgUnitId && l.StaffingType == line.StaffingType).Sum(l => l.Places);
            return new PlanLineCapacity(
                line.Id, line.OrgUnitId, line.UnitName, line.StaffingType, seat.RegularQuota, seat.RegularOccupied, byPlans, byHires,
                seat.OwedToPoolLoans, free, line.Places, askedInPlan);
        }).ToList();
        return new RecruitmentPlanCapacityReport(plan.Id, result);
    }
}
