namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 081xx: recruitment plans (招聘计划) and the 编制周转池
    public const string RecruitmentPlanNotEditable = Prefix + "08101";
    public const string RecruitmentPlanStatusInvalid = Prefix + "08102";
    public const string RecruitmentPlanHasNoLines = Prefix + "08103";
    public const string RecruitmentPlanPlacesInvalid = Prefix + "08104";
    public const string RecruitmentPlanLineNeedsPost = Prefix + "08105";
    public const string RecruitmentPlanLineNotFound = Prefix + "08106";
    public const string RecruitmentPlanOverVacancy = Prefix + "08107";
    public const string RecruitmentPlanCapacityOutdated = Prefix + "08108";
    public const string RecruitmentPlanFilingInvalid = Prefix + "08109";
    public const string RecruitmentPlanTooManyLines = Prefix + "08110";
    public const string RecruitmentPlanLinePostMismatch = Prefix + "08111";

    public const string PoolSlotNotFree = Prefix + "08130";
    public const string PoolSlotHasOpenLoan = Prefix + "08131";
    public const string PoolLoanUnitHasVacancy = Prefix + "08133";
    public const string PoolLoanNotEligible = Prefix + "08134";
    public const string PoolLoanTermInvalid = Prefix + "08135";
    public const string PoolLoanStatusInvalid = Prefix + "08136";
    public const string PoolLoanHireRequired = Prefix + "08137";
    public const string PoolLoanReturnPlanRequired = Prefix + "08138";
    public const string PoolLoanNoRegularVacancy = Prefix + "08139";
    public const string PoolLoanNotEditable = Prefix + "08140";
    public const string PoolLoanPersonMismatch = Prefix + "08141";
}
