using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

public class CreatePostDto : PostInputBase
{
    [Required]
    public Guid? OrgUnitId { get; set; }

    [Required]
    [StringLength(PostConsts.MaxCodeLength)]
    [RegularExpression(PostConsts.CodePattern)]
    public string Code { get; set; } = null!;
}
