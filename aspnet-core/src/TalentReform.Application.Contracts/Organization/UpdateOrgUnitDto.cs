using System.ComponentModel.DataAnnotations;

namespace TalentReform.Organization;

/// <summary>Changes everything but the position in the tree (see <see cref="MoveOrgUnitDto"/>).</summary>
public class UpdateOrgUnitDto : OrgUnitInputBase
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
