namespace TalentReform.Recruitment;

public static class ExaminerConsts
{
    public const int MaxCodeLength = 16;

    /// <summary>Letters, digits and hyphens (the score sheet lists codes separated by commas).</summary>
    public const string CodePattern = "^[A-Za-z0-9-]+$";

    public const int MaxNameLength = 64;
    public const int MaxOrganizationLength = 128;
    public const int MaxRelatives = 20;

    /// <summary>At most this many examiners named for one score.</summary>
    public const int MaxScoredBy = 20;
}
