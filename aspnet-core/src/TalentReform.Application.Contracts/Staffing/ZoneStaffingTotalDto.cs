namespace TalentReform.Staffing;

/// <summary>The zone total of a type, how much of it is allocated to units, and how much is occupied.</summary>
public record ZoneStaffingTotalDto(StaffingType StaffingType, int Approved, int Allocated, int Occupied, string? ConcurrencyStamp);
