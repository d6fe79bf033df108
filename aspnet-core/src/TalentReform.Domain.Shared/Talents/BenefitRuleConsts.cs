namespace TalentReform.Talents;

public static class BenefitRuleConsts
{
    public const int MaxDepth = 8;
    public const int MaxConditions = 100;
    public const int MaxValues = 50;
    public const int MaxValueLength = 64;
    public const int MaxInstallments = 10;
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
