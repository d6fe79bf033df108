namespace TalentReform.Staffing;

/// <summary>The kind of 编制 (or employment) a quota slot belongs to.</summary>
public enum StaffingType
{
    /// <summary>行政编制</summary>
    Administrative,

    /// <summary>事业编制</summary>
    PublicInstitution,

    /// <summary>员额</summary>
    Headcount,

    /// <summary>聘用</summary>
    Contract,

    /// <summary>劳务派遣</summary>
    Dispatched,
}
