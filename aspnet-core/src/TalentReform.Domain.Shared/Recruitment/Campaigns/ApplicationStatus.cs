namespace TalentReform.Recruitment;

public enum ApplicationStatus
{
    /// <summary>In the process.</summary>
    Active,

    /// <summary>放弃: the candidate withdrew.</summary>
    Withdrawn,

    /// <summary>未通过: failed at a stage, with the reason.</summary>
    Failed,

    /// <summary>已聘用.</summary>
    Hired,
}
