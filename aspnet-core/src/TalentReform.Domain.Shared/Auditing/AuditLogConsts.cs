namespace TalentReform.Auditing;

public static class AuditLogConsts
{
    public const int MaxEntityTypeLength = 128;
    public const int MaxEntityIdLength = 64;
    public const int MaxUserNameLength = 64;
    public const int MaxPropertyNameLength = 128;
    public const int MaxValueLength = 2000;
}
