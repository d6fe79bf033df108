namespace TalentReform.Staffing;

public record AppointmentDto(
    Guid Id,
    Guid PersonId,
    Guid PostId,
    Guid OrgUnitId,
    StaffingType StaffingType,
    AppointmentKind Kind,
    bool IsPrimary,
    DateOnly TermStart,
    DateOnly? TermEnd,
    DateOnly? EndedOn,
    string? EndReason,
    string ConcurrencyStamp);
