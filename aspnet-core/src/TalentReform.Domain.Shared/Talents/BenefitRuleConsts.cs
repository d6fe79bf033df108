namespace TalentReform.Talents;

public static class BenefitRuleConsts
{
    public const int MaxDepth = 8;
    public const int MaxConditions = 100;
    public const int MaxValues = 50;
    public const int MaxValueLength = 64;
    public const int MaxInstallments = 10;
    public const int MaxCommitmentYears = 10;

    /// <summary>How far installment shares may miss 1 in total: thirds cannot add up to exactly 1 in decimals; the last installment takes the remainder anyway.</summary>
    public const decimal ShareTolerance = 0.001m;
}

public static class TalentPolicyConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxTitleLength = 128;
    public const int MaxDocumentLength = 128;
    public const int MaxRules = 100;
}

public static class TalentProfileConsts
{
    public const int MaxNameLength = 64;
    public const int MaxEmployerLength = 128;
    public const int MaxFieldLength = BenefitRuleConsts.MaxValueLength;
}

public static class TalentTierConsts
{
    public const int MaxNameLength = 32;
    public const int MaxCriteriaLength = 1000;
}

public static class TalentCertificationConsts
{
    public const int MaxCertifyingBodyLength = 128;
    public const int MaxCertificateNoLength = 64;
    public const int MaxCommentLength = 500;
}

public static class InstallmentConsts
{
    public const int MaxVoucherNoLength = 64;
    public const int MaxReasonLength = 500;

    /// <summary>A payment batch re-checks and exports at most this many installments.</summary>
    public const int MaxBatchSize = 5000;
}

public static class MatchingConsts
{
    /// <summary>Profiles evaluated between two saves of a run (and of its progress).</summary>
    public const int BatchSize = 1000;
}
