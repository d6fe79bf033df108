namespace TalentReform.Recruitment;

/// <summary>Why a position may run below the opening ratio (开考比例), with approval (RECRUITMENT-RULES §1.3).</summary>
public enum OpeningRatioExemptionReason
{
    /// <summary>紧缺专业 / 特殊行业: hard to form competition.</summary>
    ScarceSpeciality,

    /// <summary>层次要求高: high-level talent.</summary>
    HighLevelTalent,
}
