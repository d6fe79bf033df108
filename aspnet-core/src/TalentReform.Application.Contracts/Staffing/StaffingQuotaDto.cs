namespace TalentReform.Staffing;

/// <summary>编制 of a unit and type: approved, occupied by active appointments, and vacant (空编).</summary>
public record StaffingQuotaDto(Guid Id, Guid OrgUnitId, StaffingType StaffingType, int Approved, int Occupied, int Vacant, string ConcurrencyStamp);
