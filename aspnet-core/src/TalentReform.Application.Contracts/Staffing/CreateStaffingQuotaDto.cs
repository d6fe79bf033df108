using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

public class CreateStaffingQuotaDto
{
    [Required]
    public Guid? OrgUnitId { get; set; }

    [Required]
    public StaffingType? StaffingType { get; set; }

    [Range(0, StaffingQuotaConsts.MaxApproved)]
    public int Approved { get; set; }
}
