namespace TalentReform.Staffing;

public static class PersonConsts
{
    public const int MaxNameLength = 64;
    public const int IdNumberLength = 18;

    /// <summary>Mainland resident ID: 17 digits and a digit or X check character.</summary>
    public const string IdNumberPattern = "^[0-9]{17}[0-9Xx]$";

    public const int MaxSchoolLength = 128;
    public const int MaxMajorLength = 128;
    public const int MaxProfessionalTitleLength = 64;
    public const int MaxPhoneLength = 32;
    public const string PhonePattern = "^[0-9+\\- ]{5,32}$";

    /// <summary>Characters shown at each end of a masked ID number (2102**********1234).</summary>
    public const int IdNumberVisibleChars = 4;
}
