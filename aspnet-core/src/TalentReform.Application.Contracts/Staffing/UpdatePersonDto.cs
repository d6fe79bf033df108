using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

/// <summary>
/// A caller who sees ID numbers masked sends the masked value back unchanged (exactly as the server produced
/// it, 2102**********1234), meaning "unchanged"; only a full number replaces the stored one (and needs the
/// ViewIdNumber permission to be meaningful). A masked value that is not the mask of the stored number is refused.
/// </summary>
public class UpdatePersonDto : PersonInputBase
{
    [Required]
    [StringLength(PersonConsts.IdNumberLength, MinimumLength = PersonConsts.IdNumberLength)]
    [RegularExpression(PersonConsts.IdNumberOrMaskedPattern)]
    public override string IdNumber { get; set; } = null!;

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
