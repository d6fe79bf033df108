using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

/// <summary>The unit and code are fixed; a post moves by being recreated in the new unit.</summary>
public class UpdatePostDto : PostInputBase
{
    /// <summary>Freezes a vacant post (not to be filled) or releases a frozen one.</summary>
    public bool IsFrozen { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
