using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;
using TalentReform.Identity;

namespace TalentReform.Account;

public class LoginDto
{
    [Required]
    [StringLength(UserConsts.MaxUserNameLength)]
    public string UserName { get; set; } = null!;

    [Required]
    [StringLength(UserConsts.MaxPasswordLength)]
    [RawText]
    public string Password { get; set; } = null!;
}
