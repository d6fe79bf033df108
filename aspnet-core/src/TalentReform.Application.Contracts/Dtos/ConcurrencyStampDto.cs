using System.ComponentModel.DataAnnotations;

namespace TalentReform.Dtos;

/// <summary>The body of an action on one aggregate (publish, confirm, freeze, ...): the stamp the caller read, so a stale action is refused (409).</summary>
public class ConcurrencyStampDto
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}
