namespace TalentReform.Recruitment;

/// <summary>Why the hire may take a pool slot: a certified talent tier high enough, or a post marked 急需紧缺.</summary>
public enum PoolLoanJustification
{
    TalentTier,
    ShortagePost,
}
