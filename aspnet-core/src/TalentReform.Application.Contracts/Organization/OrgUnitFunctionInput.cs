using System.ComponentModel.DataAnnotations;

namespace TalentReform.Organization;

/// <summary>A duty clause as edited: with the id of an existing clause to keep it, without one for a new clause.</summary>
public class OrgUnitFunctionInput
{
    public Guid? Id { get; set; }

    [Required]
    [StringLength(OrgUnitConsts.MaxFunctionTextLength)]
    public string Text { get; set; } = null!;
}
