using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Zones;

public abstract class ZoneInputBase
{
    [Required]
    [StringLength(ZoneConsts.MaxNameLength)]
    public string NameZh { get; set; } = null!;

    [Required]
    [StringLength(ZoneConsts.MaxNameLength)]
    public string NameEn { get; set; } = null!;

    [Required]
    [StringLength(ZoneConsts.MaxProvinceLength)]
    public string Province { get; set; } = null!;

    [Required]
    [PastDate]
    public DateOnly? FoundedOn { get; set; }
}
