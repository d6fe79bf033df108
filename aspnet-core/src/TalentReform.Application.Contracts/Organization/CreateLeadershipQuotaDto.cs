using System.ComponentModel.DataAnnotations;

namespace TalentReform.Organization;

public class CreateLeadershipQuotaDto : LeadershipQuotaInputBase
{
    [Required]
    public Guid? OrgUnitId { get; set; }
}
