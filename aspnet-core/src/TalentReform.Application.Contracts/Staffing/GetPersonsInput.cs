using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;

namespace TalentReform.Staffing;

public class GetPersonsInput : PagedAndSortedRequestDto
{
    /// <summary>Matches the name.</summary>
    [StringLength(PersonConsts.MaxNameLength)]
    public string? Filter { get; set; }

    public bool? SealedStatus { get; set; }
}
