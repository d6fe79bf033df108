using TalentReform.Dtos;

namespace TalentReform.Staffing;

public class GetAppointmentsInput : PagedAndSortedRequestDto
{
    public Guid? PersonId { get; set; }

    public Guid? PostId { get; set; }

    public Guid? OrgUnitId { get; set; }

    public bool ActiveOnly { get; set; }
}
