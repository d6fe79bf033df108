namespace TalentReform.Organization;

/// <summary>What kind of body a unit is; decides which staffing types and rules usually apply.</summary>
public enum OrgUnitKind
{
    /// <summary>管委会</summary>
    ManagementCommittee,

    /// <summary>大部门 / 局</summary>
    Department,

    /// <summary>内设机构 / 科室</summary>
    Section,

    /// <summary>事业单位</summary>
    PublicInstitution,

    /// <summary>平台公司</summary>
    PlatformCompany,
}
