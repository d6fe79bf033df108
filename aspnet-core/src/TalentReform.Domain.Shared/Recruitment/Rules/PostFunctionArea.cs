namespace TalentReform.Recruitment;

/// <summary>
/// The function a post serves, as far as 回避 cares: a relative of a unit's leader may not hold a post in 组织(人事)、
/// 纪检监察、审计 or 财务 of that unit (人社部规〔2019〕1号); every other function is <see cref="Other"/>.
/// </summary>
public enum PostFunctionArea
{
    Other,

    /// <summary>组织(人事).</summary>
    OrganizationPersonnel,

    /// <summary>纪检监察.</summary>
    DisciplineInspection,

    /// <summary>审计.</summary>
    Audit,

    /// <summary>财务.</summary>
    Finance,
}
