using TalentReform.Dtos;

namespace TalentReform.Organization;

public class GetLeadershipQuotasInput : PagedAndSortedRequestDto
{
    public Guid? OrgUnitId { get; set; }
}
