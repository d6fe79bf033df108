using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;

namespace TalentReform.Organization;

public class GetOrgUnitsInput : PagedAndSortedRequestDto
{
    /// <summary>Matches either name, the short name or the code.</summary>
    [StringLength(OrgUnitConsts.MaxNameLength)]
    public string? Filter { get; set; }

    public Guid? ParentId { get; set; }

    public OrgUnitKind? Kind { get; set; }

    public bool IncludeAbolished { get; set; }
}
