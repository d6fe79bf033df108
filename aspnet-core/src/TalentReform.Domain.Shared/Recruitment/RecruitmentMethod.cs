namespace TalentReform.Recruitment;

/// <summary>How a position recruits (《事业单位公开招聘人员暂行规定》 art. 14–16).</summary>
public enum RecruitmentMethod
{
    /// <summary>考试招聘: 笔试 + 面试, with the opening ratio and the interview ratio.</summary>
    Examination,

    /// <summary>考核招聘 / 直接考察 for high-level or scarce talent: no written exam and no opening ratio; 体检, 考察 and 公示 still apply.</summary>
    DirectAssessment,
}
