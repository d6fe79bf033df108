namespace TalentReform.Identity;

public static class UserConsts
{
    public const int MaxUserNameLength = 64;
    public const int MaxNameLength = 64;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneNumberLength = 32;
    public const int MaxPasswordLength = 128;
}
