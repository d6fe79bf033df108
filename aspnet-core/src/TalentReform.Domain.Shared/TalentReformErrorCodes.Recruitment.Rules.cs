namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 0805x–0809x: recruitment rules (scores, ratios, 回避, 公示, 试用期, notice periods)
    public const string RecruitmentScoreOutOfRange = Prefix + "08050";
    public const string RecruitmentWeightOutOfRange = Prefix + "08051";
    public const string RecruitmentScoreDecimalsOutOfRange = Prefix + "08052";
    public const string RecruitmentFullMarkInvalid = Prefix + "08053";
    public const string RecruitmentRatioInvalid = Prefix + "08054";
    public const string RecruitmentPlacesInvalid = Prefix + "08055";
    public const string RecruitmentPassLineOutOfRange = Prefix + "08056";
    public const string AvoidanceApplicationRefused = Prefix + "08057";
    public const string ExaminerMustRecuse = Prefix + "08058";
    public const string RecruitmentWorkingDaysOutOfRange = Prefix + "08059";
    public const string ProbationMonthsOutOfRange = Prefix + "08060";
    public const string ContractTermInvalid = Prefix + "08061";
    public const string NoticePublicTooShort = Prefix + "08062";
    public const string RegistrationTooShort = Prefix + "08063";
    public const string RegistrationBeforeNotice = Prefix + "08064";
    public const string RegistrationEndsBeforeStart = Prefix + "08065";
    public const string NoticeLeadTimeTooShort = Prefix + "08066";
    public const string RecruitmentWrittenScoreMissing = Prefix + "08067";
}
