using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Identity;

public class CreateUserDto : UserInputBase
{
    [Required]
    [StringLength(UserConsts.MaxUserNameLength)]
    [RegularExpression("^[A-Za-z0-9._@-]+$")]
    public string UserName { get; set; } = null!;

    [Required]
    [StringLength(UserConsts.MaxPasswordLength, MinimumLength = 6)]
    [RawText]
    public string Password { get; set; } = null!;

    /// <summary>Only the platform admin chooses; a zone user creates users of their own zone.</summary>
    public Guid? ZoneId { get; set; }
}
