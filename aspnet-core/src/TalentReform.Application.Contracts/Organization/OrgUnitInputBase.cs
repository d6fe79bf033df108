using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Organization;

public abstract class OrgUnitInputBase
{
    [Required]
    public OrgUnitKind? Kind { get; set; }

    [Required]
    [StringLength(OrgUnitConsts.MaxNameLength)]
    public string NameZh { get; set; } = null!;

    [Required]
    [StringLength(OrgUnitConsts.MaxNameLength)]
    public string NameEn { get; set; } = null!;

    [StringLength(OrgUnitConsts.MaxShortNameLength)]
    public string? ShortName { get; set; }

    [Range(0, 9999)]
    public int SortOrder { get; set; }

    /// <summary>批文号 of the approval that defines the unit.</summary>
    [StringLength(OrgUnitConsts.MaxApprovalDocumentNumberLength)]
    public string? ApprovalDocumentNumber { get; set; }

    [PastDate]
    public DateOnly? ApprovalDate { get; set; }

    [Required]
    [BusinessDate]
    public DateOnly? EffectiveFrom { get; set; }

    [BusinessDate]
    public DateOnly? EffectiveTo { get; set; }

    /// <summary>The 三定 duty clauses in order; numbered 1..n as given.</summary>
    [MaxLength(OrgUnitConsts.MaxFunctions)]
    public List<OrgUnitFunctionInput> Functions { get; set; } = [];
}
