namespace TalentReform.Recruitment;

internal static class StaffingPoolDtos
{
    public static StaffingPoolSlotDto ToDto(StaffingPoolSlot s) =>
        new(s.Id, s.Code, s.Name, s.StaffingType, s.SourceNote, s.Status, s.CurrentLoanId, s.CreationTime, s.ConcurrencyStamp);

    public static PoolLoanDto ToDto(PoolLoan l, string slotCode, DateOnly today) => new(
        l.Id, l.Number, l.SlotId, slotCode, l.StaffingType, l.BorrowingUnitId, l.UnitName, l.HireName, l.PersonId, l.ApplicationId, l.Justification, l.Tier,
        l.ShortagePostId, l.TermMonths, l.ExpectedReturnDate, l.ReturnPlan, l.Status, l.CreatorName, l.CreationTime, l.SubmittedAt, l.DecidedAt,
        l.AppointmentId, l.StartedOn, l.TermEnd, l.ReturnedOn, l.ReturnPostId, l.ReturnAppointmentId, l.ReleasedOn, l.ReleaseReason, l.ApprovalProcessId,
        l.IsOverdue(today), l.ConcurrencyStamp);

    public static UnitSeatsDto ToDto(UnitSeats s) =>
        new(s.OrgUnitId, s.StaffingType, s.RegularQuota, s.RegularOccupied, s.Vacant, s.PoolSlotsInUse, s.OwedToPoolLoans);
}
