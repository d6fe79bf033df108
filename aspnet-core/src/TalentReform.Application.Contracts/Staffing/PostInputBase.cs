using System.ComponentModel.DataAnnotations;
using TalentReform.Organization;

namespace TalentReform.Staffing;

public abstract class PostInputBase
{
    [Required]
    [StringLength(PostConsts.MaxTitleLength)]
    public string TitleZh { get; set; } = null!;

    [Required]
    [StringLength(PostConsts.MaxTitleLength)]
    public string TitleEn { get; set; } = null!;

    [Required]
    public PostCategory? Category { get; set; }

    /// <summary>Checked against the category by the domain (管理 1–10, 专技 1–13, 工勤 1–5, 普通工 none).</summary>
    [Range(1, 13)]
    public int? Level { get; set; }

    [Required]
    public StaffingType? StaffingType { get; set; }

    public LeadershipRole LeadershipRole { get; set; } = LeadershipRole.None;

    [Range(PostConsts.MinFte, PostConsts.MaxFte)]
    public decimal Fte { get; set; } = 1m;

    /// <summary>Ids of the unit's duty clauses (OrgUnitFunctionDto.Id) this post serves.</summary>
    [MaxLength(PostConsts.MaxDutyClauses)]
    public List<Guid> DutyClauseIds { get; set; } = [];
}
