using TalentReform.Dtos;

namespace TalentReform.Staffing;

public class GetStaffingQuotasInput : PagedAndSortedRequestDto
{
    public Guid? OrgUnitId { get; set; }

    public StaffingType? StaffingType { get; set; }
}
