namespace TalentReform.Recruitment;

public static class ApplicationConsts
{
    public const int MaxCandidateNameLength = 64;
    public const int MaxMajorLength = 128;
    public const int MaxProfessionalTitleLength = 64;
    public const int MaxHouseholdRegistrationLength = 64;
    public const int MaxPhoneLength = 32;
    public const int MaxReasonLength = 1000;
    public const int MaxRelativeNameLength = 64;
    public const int MaxRelativeUnitLength = 128;
    public const int MaxRelatives = 20;
}
