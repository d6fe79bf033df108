namespace TalentReform.Recruitment;

/// <summary>
/// The last stage an application has reached, in the order of 条例 第九条 and the system state machine of
/// RECRUITMENT-RULES §1.1. <see cref="Medical"/> and <see cref="Assessment"/> come in the position's
/// <see cref="CheckOrder"/>; 直接考察 skips <see cref="WrittenExam"/>.
/// </summary>
public enum RecruitmentStage
{
    /// <summary>报名.</summary>
    Registered,

    /// <summary>资格初审通过.</summary>
    QualificationPassed,

    /// <summary>笔试 (admitted once the 开考比例 is met; the written score is recorded here).</summary>
    WrittenExam,

    /// <summary>资格复审通过 (admitted to the interview).</summary>
    QualificationRechecked,

    /// <summary>面试 (the interview score is recorded here).</summary>
    Interview,

    /// <summary>总成绩/排名.</summary>
    Ranked,

    /// <summary>体检.</summary>
    Medical,

    /// <summary>考察 (re-checks eligibility).</summary>
    Assessment,

    /// <summary>公示 of the proposed hire.</summary>
    Publicity,

    /// <summary>聘用.</summary>
    Hired,
}
