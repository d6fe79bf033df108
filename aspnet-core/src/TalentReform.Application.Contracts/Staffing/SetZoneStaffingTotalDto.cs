using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

public class SetZoneStaffingTotalDto
{
    [Range(0, StaffingQuotaConsts.MaxApproved)]
    public int Approved { get; set; }

    /// <summary>The stamp read with the total; omit when the zone has no total of this type yet.</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}
