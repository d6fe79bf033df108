namespace TalentReform.Recruitment;

/// <summary>
/// The defaults a new campaign or plan starts from: common Chinese public-sector practice, each one configurable per
/// campaign (or, for the notice periods, per zone), because provinces differ (see ../shared/RECRUITMENT-RULES.md).
/// </summary>
public static class RecruitmentDefaults
{
    /// <summary>招聘公告 stays public at least 7 working days (人事部令第6号 practice).</summary>
    public const int NoticeWorkingDays = 7;

    /// <summary>Registration stays open at least 3 days.</summary>
    public const int RegistrationDays = 3;

    /// <summary>开考比例 1:3 (places : qualified applicants).</summary>
    public const int OpeningRatio = 3;

    /// <summary>Interview shortlist 1:3 (places : interviewees), everyone tied at the cut-off admitted.</summary>
    public const int InterviewRatio = 3;

    /// <summary>Pass line of the written exam and of the interview, on a 100-point scale.</summary>
    public const decimal PassLine = 60m;

    /// <summary>Weights of the written exam and the interview in the total, in percent.</summary>
    public const int WrittenWeightPercent = 50;

    /// <summary>Decimal places of a total score.</summary>
    public const int ScoreDecimals = 2;

    /// <summary>公示 of proposed hires: 7 working days, counted from the day after publication.</summary>
    public const int PublicityWorkingDays = 7;

    /// <summary>A 编制周转池 loan lasts at most 3 years.</summary>
    public const int PoolLoanMaxYears = 3;
}
