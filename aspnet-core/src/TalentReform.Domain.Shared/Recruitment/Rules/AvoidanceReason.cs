namespace TalentReform.Recruitment;

/// <summary>Why a declared relative matters for an application (人社部规〔2019〕1号).</summary>
public enum AvoidanceReason
{
    /// <summary>The relative leads the post's unit and the post is in 组织人事、纪检监察、审计 or 财务: refused.</summary>
    RelativeLeadsUnitSensitivePost,

    /// <summary>The post stands in a direct superior–subordinate line with the relative: refused.</summary>
    DirectSuperiorSubordinate,

    /// <summary>The relative works in the same unit in no refused constellation: flagged for HR to review.</summary>
    SameUnit,
}
