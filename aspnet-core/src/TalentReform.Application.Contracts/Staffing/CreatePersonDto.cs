using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

public class CreatePersonDto : PersonInputBase
{
    [Required]
    [StringLength(PersonConsts.IdNumberLength, MinimumLength = PersonConsts.IdNumberLength)]
    [RegularExpression(PersonConsts.IdNumberPattern)]
    public override string IdNumber { get; set; } = null!;
}
