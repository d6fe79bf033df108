namespace TalentReform;

public static partial class TalentReformErrorCodes
{
    // 0815x: the recruitment plan and 编制周转池 API (persistence and seating)

    /// <summary>The post a pool loan's person is seated on is not a post of the borrowing unit of the slot's type.</summary>
    public const string PoolLoanPostMismatch = Prefix + "08150";

    /// <summary>A pool slot named by loans (open or past) stays on record.</summary>
    public const string PoolSlotHasLoans = Prefix + "08151";

    /// <summary>A plan that went into approval stays on record, even when returned to draft.</summary>
    public const string RecruitmentPlanNotDeletable = Prefix + "08152";
}
