using System.ComponentModel.DataAnnotations;

namespace TalentReform.Organization;

public class MoveOrgUnitDto
{
    /// <summary>The new parent; null moves the unit to the top level.</summary>
    public Guid? ParentId { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
