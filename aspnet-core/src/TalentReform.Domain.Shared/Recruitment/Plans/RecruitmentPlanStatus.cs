namespace TalentReform.Recruitment;

/// <summary>
/// 招聘计划 lifecycle: drafted, submitted to the approval engine, approved or rejected (a return for revision puts it
/// back to draft), 备案 recorded after approval, and closed when its places are used up or given up.
/// </summary>
public enum RecruitmentPlanStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,

    /// <summary>备案: the approved plan was filed with the 编办 / 人社 (number and date recorded).</summary>
    Filed,
    Closed,
}
