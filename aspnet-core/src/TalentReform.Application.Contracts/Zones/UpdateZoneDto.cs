using System.ComponentModel.DataAnnotations;

namespace TalentReform.Zones;

public class UpdateZoneDto : ZoneInputBase
{
    public bool IsActive { get; set; } = true;

    /// <summary>The stamp the client read; a different current stamp means someone else saved first (409).</summary>
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
