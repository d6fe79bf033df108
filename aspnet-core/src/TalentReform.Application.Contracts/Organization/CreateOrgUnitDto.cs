namespace TalentReform.Organization;

public class CreateOrgUnitDto : OrgUnitInputBase
{
    /// <summary>Null for a top-level unit (usually the 管委会).</summary>
    public Guid? ParentId { get; set; }
}
