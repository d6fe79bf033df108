using System.ComponentModel.DataAnnotations;

namespace TalentReform.Organization;

public class UpdateLeadershipQuotaDto : LeadershipQuotaInputBase
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
