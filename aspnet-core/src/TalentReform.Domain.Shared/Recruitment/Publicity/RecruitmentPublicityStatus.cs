namespace TalentReform.Recruitment;

/// <summary>A 公示's state; whether its period has ended is a date question (<see cref="RecruitmentPublicityConsts"/>), not a stored state.</summary>
public enum RecruitmentPublicityStatus
{
    /// <summary>草稿: the proposed hires can still change.</summary>
    Draft,

    /// <summary>已发布: the period runs from the first working day after publication.</summary>
    Published,
}
