namespace TalentReform.Recruitment;

public static class StaffingPoolConsts
{
    public const int MaxSlotCodeLength = 32;
    public const int MaxSlotNameLength = 128;
    public const int MaxSourceNoteLength = 500;
    public const int MaxNumberLength = 32;
    public const int MaxPersonNameLength = 64;
    public const int MaxReturnPlanLength = 2000;
    public const int MaxReasonLength = 500;
}
