using System.ComponentModel.DataAnnotations;

namespace TalentReform.Identity;

public abstract class UserInputBase
{
    [Required]
    [StringLength(UserConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [EmailAddress]
    [StringLength(UserConsts.MaxEmailLength)]
    public string? Email { get; set; }

    [StringLength(UserConsts.MaxPhoneNumberLength)]
    public string? PhoneNumber { get; set; }

    public bool IsActive { get; set; } = true;

    [Required]
    public List<string> RoleNames { get; set; } = [];
}
