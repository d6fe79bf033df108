using System.ComponentModel.DataAnnotations;

namespace TalentReform.Zones;

public class UpdateZoneDto
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
    public DateOnly? FoundedOn { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The stamp the client read; a different current stamp means someone else saved first (409).</summary>
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
