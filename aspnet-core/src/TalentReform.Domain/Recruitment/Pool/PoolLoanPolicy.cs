using TalentReform.Talents;

namespace TalentReform.Recruitment;

/// <summary>
/// The zone's 周转编制 rules where practice varies (张家界 2022 as the default): the longest term, the lowest talent
/// tier that may borrow without a 紧缺 post, and whether a unit with any 空编 of the type is refused.
/// </summary>
public sealed record PoolLoanPolicy
{
    public static readonly PoolLoanPolicy Default = new();

    public int MaxTermYears { get; init; } = RecruitmentDefaults.PoolLoanMaxYears;

    /// <summary>Tiers A down to this one qualify (A–C: 顶尖, 国家级领军, 地方级领军).</summary>
    public TalentTierLevel LowestEligibleTier { get; init; } = TalentTierLevel.C;

    /// <summary>"有空编的单位原则上不得使用周转编制".</summary>
    public bool RefuseUnitWithVacancy { get; init; } = true;
}
