namespace TalentReform.Recruitment;

public static class RecruitmentPlanConsts
{
    public const int MaxNumberLength = 32;
    public const int MaxTitleLength = 128;
    public const int MaxLines = 500;
    public const int MaxUnitNameLength = 128;
    public const int MaxPostTitleLength = 128;
    public const int MaxNoteLength = 1000;
    public const int MaxFilingNumberLength = 64;

    /// <summary>Places on one line; a plan line is a handful of posts, not a zone's headcount.</summary>
    public const int MaxPlacesPerLine = 999;
}
