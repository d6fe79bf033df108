using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;

namespace TalentReform.Identity;

public class GetUsersInput : PagedAndSortedRequestDto
{
    /// <summary>Matches user name, name or e-mail.</summary>
    [StringLength(UserConsts.MaxNameLength)]
    public string? Filter { get; set; }

    [StringLength(32)]
    public string? RoleName { get; set; }

    /// <summary>Host admin only: restrict to one zone.</summary>
    public Guid? ZoneId { get; set; }
}
