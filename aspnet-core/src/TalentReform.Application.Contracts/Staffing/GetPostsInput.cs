using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;

namespace TalentReform.Staffing;

public class GetPostsInput : PagedAndSortedRequestDto
{
    /// <summary>Matches the code or either title.</summary>
    [StringLength(PostConsts.MaxTitleLength)]
    public string? Filter { get; set; }

    public Guid? OrgUnitId { get; set; }

    public PostCategory? Category { get; set; }

    public PostStatus? Status { get; set; }

    [Range(1, 13)]
    public int? Level { get; set; }

    public StaffingType? StaffingType { get; set; }
}
