namespace TalentReform.Recruitment;

public static class RecruitmentCampaignConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxTitleLength = 256;
    public const int MaxPositionCodeLength = 32;
    public const int MaxPositionNameLength = 128;
    public const int MaxMajorLength = 128;
    public const int MaxMajors = 30;
    public const int MaxProfessionalTitleLength = 64;
    public const int MaxHouseholdRegistrationLength = 64;
    public const int MaxReasonLength = 1000;
    public const int MaxApprovalReferenceLength = 128;
    public const int MaxUserNameLength = 64;
    public const int MaxPositions = 200;

    /// <summary>Upper bound of a configured score scale (decimal places).</summary>
    public const int MaxScoreDecimals = 4;

    /// <summary>Scores, pass lines and weights are on a 100-point scale.</summary>
    public const decimal MaxScore = 100m;

    /// <summary>The age limit a notice may set (years, 周岁).</summary>
    public const int MaxAgeLimit = 70;

    public const int MaxYearsOfExperience = 50;
    public const int MaxMinimumServiceYears = 10;
    public const int MaxRatio = 20;

    /// <summary>试用期 for a non-first employment or a contract under 3 years: at most 3 months, 6 where the campaign says so.</summary>
    public const int ShortProbationMonths = 3;
    public const int ExtendedProbationMonths = 6;
}
