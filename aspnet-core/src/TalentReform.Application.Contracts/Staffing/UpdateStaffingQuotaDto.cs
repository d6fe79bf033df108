using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

public class UpdateStaffingQuotaDto
{
    [Range(0, StaffingQuotaConsts.MaxApproved)]
    public int Approved { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
