using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

/// <summary>
/// A caller who sees ID numbers masked sends the masked value back unchanged; only a value that is not
/// the mask of the stored number replaces it (and needs the ViewIdNumber permission to be meaningful).
/// </summary>
public class UpdatePersonDto : PersonInputBase
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
