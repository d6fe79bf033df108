using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Identity;

public class UpdateUserDto : UserInputBase
{
    /// <summary>Leave empty to keep the current password.</summary>
    [StringLength(UserConsts.MaxPasswordLength, MinimumLength = 6)]
    [RawText]
    public string? Password { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}
