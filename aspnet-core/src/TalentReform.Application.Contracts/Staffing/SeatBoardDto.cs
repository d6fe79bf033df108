namespace TalentReform.Staffing;

/// <summary>实名制 seat board of a unit: per staffing type, one seat per approved slot, filled seats first.</summary>
public record SeatBoardDto(Guid OrgUnitId, string OrgUnitName, IReadOnlyList<SeatGroupDto> Groups);

/// <summary>When occupied exceeds approved (a quota cut after the fact), the extra filled seats are still listed.</summary>
public record SeatGroupDto(StaffingType StaffingType, int Approved, int Occupied, int Vacant, IReadOnlyList<SeatDto> Seats);

public record SeatDto(
    int Index, bool IsFilled, Guid? AppointmentId, Guid? PersonId, string? PersonName, Guid? PostId, string? PostCode, string? PostTitleZh, string? PostTitleEn);

public class GetSeatBoardInput
{
    [System.ComponentModel.DataAnnotations.Required]
    public Guid? OrgUnitId { get; set; }
}
