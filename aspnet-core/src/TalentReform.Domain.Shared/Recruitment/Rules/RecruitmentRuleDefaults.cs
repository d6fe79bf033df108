namespace TalentReform.Recruitment;

/// <summary>Defaults and bounds of the recruitment rules beside <see cref="RecruitmentDefaults"/> (RECRUITMENT-RULES §1.5, §1.11).</summary>
public static class RecruitmentRuleDefaults
{
    /// <summary>Scores are on a 100-point scale unless converted from another full mark.</summary>
    public const decimal FullMark = 100m;

    /// <summary>The most decimals a score scale may keep (notices use 2; 4 leaves room without absurd scales).</summary>
    public const int MaxScoreDecimals = 4;

    /// <summary>试用期 of a new hire who is not 初次就业 with a long contract, when the campaign says nothing (国办发〔2002〕35号: 一般不超过3个月).</summary>
    public const int ProbationMonths = 3;

    /// <summary>The longest 试用期 a campaign may set for such a hire (国办发〔2002〕35号: 最长不得超过6个月).</summary>
    public const int MaxCampaignProbationMonths = 6;

    /// <summary>试用期 of 初次就业 with a contract of at least <see cref="LongContractMonths"/> (条例 art. 13).</summary>
    public const int FirstEmploymentProbationMonths = 12;

    /// <summary>3 years: the contract length from which 条例 art. 13 applies.</summary>
    public const int LongContractMonths = 36;
}
