namespace TalentReform.Recruitment;

/// <summary>A hire's 试用期 in months and the rule that set it.</summary>
public sealed record ProbationDecision(int Months, ProbationBasis Basis)
{
    /// <summary>
    /// The last day of the 试用期 starting on <paramref name="start"/>, the start day counting (12 months from 2026-03-01
    /// end 2027-02-28); where the final month has no matching day it ends with that month (from 11-30, 3 months end
    /// 02-28: 民法典 art. 202, 没有对应日的，月末日为期间的最后一日). Null without a 试用期.
    /// </summary>
    public DateOnly? EndsOn(DateOnly start)
    {
        if (Months == 0)
        {
            return null;
        }

        var next = start.AddMonths(Months);
        if (next.Day != start.Day)
        {
            next = new DateOnly(next.Year, next.Month, 1).AddMonths(1);
        }

        return next.AddDays(-1);
    }
}

/// <summary>
/// 试用期 of a hire (RECRUITMENT-RULES §1.11). 《事业单位人事管理条例》 art. 13 (the brief's "art. 14" is the next
/// article): 初次就业 with a contract of 3 years or more → 12 months, fixed. Every other new hire: 国办发〔2002〕35号
/// says 一般不超过3个月, 情况特殊的可以延长但最长不得超过6个月 → the campaign's months (default 3, at most 6); the
/// campaign "saying so" is it setting more than 3. Assumed: a hire who is not 初次就业 gets the same campaign rule
/// (35号 applies the 试用期 to every 新进人员), and one who already served a 试用期 in this unit gets none (只能约定一次).
/// </summary>
public static class ProbationRule
{
    public static ProbationDecision Decide(bool firstEmployment, int contractMonths,
        int campaignMonths = RecruitmentRuleDefaults.ProbationMonths, bool servedProbationInUnit = false)
    {
        if (contractMonths < 1)
        {
            throw new BusinessException(TalentReformErrorCodes.ContractTermInvalid, contractMonths);
        }

        if (campaignMonths is < 0 or > RecruitmentRuleDefaults.MaxCampaignProbationMonths)
        {
            throw new BusinessException(TalentReformErrorCodes.ProbationMonthsOutOfRange, campaignMonths, RecruitmentRuleDefaults.MaxCampaignProbationMonths);
        }

        if (servedProbationInUnit)
        {
            return new ProbationDecision(0, ProbationBasis.AlreadyServedInUnit);
        }

        if (firstEmployment && contractMonths >= RecruitmentRuleDefaults.LongContractMonths)
        {
            return new ProbationDecision(RecruitmentRuleDefaults.FirstEmploymentProbationMonths, ProbationBasis.FirstEmploymentLongContract);
        }

        // The 试用期 is part of the contract term (35号), so it can never outlast a short contract.
        return new ProbationDecision(Math.Min(campaignMonths, contractMonths), ProbationBasis.Campaign);
    }
}
