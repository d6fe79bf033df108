using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;

namespace TalentReform.Staffing;

/// <summary>The rules of one unit, evaluated now; texts in the caller's language.</summary>
public record StaffingMixResultDto(Guid OrgUnitId, string OrgUnitName, IReadOnlyList<StaffingMixRuleResultDto> Rules, int ViolationCount);

/// <summary>One rule's result: e.g. expected "专业技术岗位 ≥ 70%", actual "62.5%（5/8）".</summary>
public record StaffingMixRuleResultDto(Guid RuleId, StaffingMixRuleKind Kind, string Description, string Expected, string Actual, bool IsViolated);

public record StaffingMixRuleDto(
    Guid Id, Guid OrgUnitId, StaffingMixRuleKind Kind, PostCategory? Category, double? MinShare, IReadOnlyList<int>? BandRatio, double? MaxShare,
    string ConcurrencyStamp);

/// <summary>Parameters by kind: MinCategoryShare needs category and minShare; LevelBandRatio bandRatio [senior, middle, junior]; MaxSkilledLowLevelShare maxShare. Shares are 0..1.</summary>
public class StaffingMixRuleInputBase
{
    [Required]
    public StaffingMixRuleKind? Kind { get; set; }

    public PostCategory? Category { get; set; }

    [Range(0.0, 1.0)]
    public double? MinShare { get; set; }

    [MinLength(3)]
    [MaxLength(3)]
    public int[]? BandRatio { get; set; }

    [Range(0.0, 1.0)]
    public double? MaxShare { get; set; }
}

public class CreateStaffingMixRuleDto : StaffingMixRuleInputBase
{
    [Required]
    public Guid? OrgUnitId { get; set; }
}

public class UpdateStaffingMixRuleDto : StaffingMixRuleInputBase
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public class GetStaffingMixRulesInput : PagedAndSortedRequestDto
{
    public Guid? OrgUnitId { get; set; }
}

public interface IStaffingMixRuleAppService
    : ICrudAppService<StaffingMixRuleDto, GetStaffingMixRulesInput, CreateStaffingMixRuleDto, UpdateStaffingMixRuleDto>
{
}

public interface IStaffingMixAppService
{
    Task<StaffingMixResultDto> GetAsync(Guid orgUnitId, CancellationToken cancellationToken = default);

    /// <summary>Every unit that has rules.</summary>
    Task<ListResultDto<StaffingMixResultDto>> GetListAsync(CancellationToken cancellationToken = default);
}
