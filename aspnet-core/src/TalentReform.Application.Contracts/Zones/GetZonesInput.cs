using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;

namespace TalentReform.Zones;

public class GetZonesInput : PagedAndSortedRequestDto
{
    /// <summary>Matches code, either name or province.</summary>
    [StringLength(ZoneConsts.MaxNameLength)]
    public string? Filter { get; set; }
}
