using System.ComponentModel.DataAnnotations;
using TalentReform.Organization;
using TalentReform.Staffing;

namespace TalentReform.Planning;

/// <summary>
/// One typed change of a plan, in one flat shape for every type: <see cref="Type"/> says which fields count
/// (a missing one is refused by name). Units and posts the same plan creates are referred to by the ids the
/// server gave them (see the change list).
/// </summary>
public class PlanChangeInput
{
    [Required]
    public PlanChangeType? Type { get; set; }

    /// <summary>The unit changed; for MergeUnits the surviving unit; for CreatePost and MovePost the post's unit.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>CreateUnit: the parent (null: top level). MoveUnit: the new parent (null: top level).</summary>
    public Guid? ParentId { get; set; }

    /// <summary>MergeUnits: the units merged into <see cref="UnitId"/>.</summary>
    [MaxLength(StaffingPlanConsts.MaxMergeSources)]
    public List<Guid>? SourceUnitIds { get; set; }

    public OrgUnitKind? Kind { get; set; }

    [StringLength(OrgUnitConsts.MaxNameLength)]
    public string? NameZh { get; set; }

    [StringLength(OrgUnitConsts.MaxNameLength)]
    public string? NameEn { get; set; }

    [StringLength(OrgUnitConsts.MaxShortNameLength)]
    public string? ShortName { get; set; }

    /// <summary>CreateUnit and SetFunctions: the clauses in order.</summary>
    [MaxLength(OrgUnitConsts.MaxFunctions)]
    public List<FunctionClauseInput>? Functions { get; set; }

    [Range(0, 99)]
    public int? Heads { get; set; }

    [Range(0, 99)]
    public int? Deputies { get; set; }

    public StaffingType? StaffingType { get; set; }

    [Range(0, 100000)]
    public int? Approved { get; set; }

    public Guid? PostId { get; set; }

    /// <summary>CreatePost: the new post's code, unique in the zone.</summary>
    [StringLength(PostConsts.MaxCodeLength)]
    public string? Code { get; set; }

    [StringLength(PostConsts.MaxTitleLength)]
    public string? TitleZh { get; set; }

    [StringLength(PostConsts.MaxTitleLength)]
    public string? TitleEn { get; set; }

    public PostCategory? Category { get; set; }

    [Range(1, 13)]
    public int? Level { get; set; }

    public LeadershipRole? LeadershipRole { get; set; }

    /// <summary>CreatePost and MovePost: clauses of the post's (new) unit it serves.</summary>
    [MaxLength(OrgUnitConsts.MaxFunctions)]
    public List<Guid>? DutyClauseIds { get; set; }

    public Guid? PersonId { get; set; }

    /// <summary>ReassignPerson: the vacant post the person moves to.</summary>
    public Guid? TargetPostId { get; set; }

    /// <summary>EndAppointment: why (retirement, transfer out, ...).</summary>
    [StringLength(StaffingPlanConsts.MaxReasonLength)]
    public string? Reason { get; set; }
}
