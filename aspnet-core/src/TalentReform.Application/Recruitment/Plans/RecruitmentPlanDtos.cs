namespace TalentReform.Recruitment;

/// <summary>The plan's DTOs, each line with its 空编 from the capacity report.</summary>
internal static class RecruitmentPlanDtos
{
    public static RecruitmentPlanListItemDto ToListItem(RecruitmentPlan p) => new(
        p.Id, p.Year, p.Number, p.Title, p.Status, p.Lines.Count, p.TotalPlaces, p.CreatorName, p.CreationTime, p.SubmittedAt, p.DecidedAt,
        p.FilingNumber, p.FiledOn);

    public static RecruitmentPlanDto ToDto(RecruitmentPlan p, RecruitmentPlanCapacityReport capacity) => new(
        p.Id, p.Year, p.Number, p.Title, p.Status, p.IsEditable, p.TotalPlaces, p.CreatorId, p.CreatorName, p.CreationTime, p.LastModificationTime,
        p.SubmittedAt, p.DecidedAt, p.FilingNumber, p.FiledOn, p.ClosedAt, p.ApprovalProcessId,
        p.Lines.Select(l => ToDto(l, capacity.Lines.First(c => c.LineId == l.Id))).ToList(), p.ConcurrencyStamp);

    private static RecruitmentPlanLineDto ToDto(RecruitmentPlanLine l, PlanLineCapacity c) => new(
        l.Id, l.Sequence, l.OrgUnitId, l.UnitName, l.PostId, l.PostTitle, l.StaffingType, l.Places, l.Note, c.Quota, c.Occupied, c.ReservedByOtherPlans,
        c.PendingHires, c.OwedToPoolLoans, c.Free, c.AskedInPlan, c.Exceeds);
}
