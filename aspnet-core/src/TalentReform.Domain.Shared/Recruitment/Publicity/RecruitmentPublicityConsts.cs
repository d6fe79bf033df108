namespace TalentReform.Recruitment;

public static class RecruitmentPublicityConsts
{
    public const int MaxTitleLength = 200;
    public const int MaxRaisedByLength = 100;
    public const int MaxContentLength = 2000;
    public const int MaxNoteLength = 1000;
    public const int MaxEntries = 200;
    public const int MaxObjections = 200;
}
