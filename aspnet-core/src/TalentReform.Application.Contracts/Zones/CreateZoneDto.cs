using System.ComponentModel.DataAnnotations;

namespace TalentReform.Zones;

public class CreateZoneDto : ZoneInputBase
{
    [Required]
    [StringLength(ZoneConsts.MaxCodeLength)]
    [RegularExpression(ZoneConsts.CodePattern)]
    public string Code { get; set; } = null!;
}
