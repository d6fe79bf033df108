namespace TalentReform.Staffing;

public static class AppointmentConsts
{
    public const int MaxEndReasonLength = 256;
}
