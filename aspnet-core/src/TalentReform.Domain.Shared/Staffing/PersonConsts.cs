namespace TalentReform.Staffing;

public static class PersonConsts
{
    public const int MaxNameLength = 64;
    public const int IdNumberLength = 18;

    /// <summary>Mainland resident ID: 17 digits and a digit or X check character.</summary>
    public const string IdNumberPattern = "^[0-9]{17}[0-9Xx]$";

    /// <summary>An ID number as the server masks it for callers who may not see it (2102**********1234).</summary>
    public const string MaskedIdNumberPattern = "^[0-9]{4}\\*{10}[0-9]{3}[0-9X]$";

    /// <summary>What an update accepts: a full number, or the masked form sent back meaning "unchanged".</summary>
    public const string IdNumberOrMaskedPattern = "^([0-9]{17}[0-9Xx]|[0-9]{4}\\*{10}[0-9]{3}[0-9X])$";

    public const int MaxSchoolLength = 128;
    public const int MaxMajorLength = 128;
    public const int MaxProfessionalTitleLength = 64;
    public const int MaxPhoneLength = 32;
    public const string PhonePattern = "^[0-9+\\- ]{5,32}$";

    /// <summary>What a form accepts: a phone number, or its mask (139****5678) sent back meaning "unchanged".</summary>
    public const string PhoneOrMaskedPattern = "^[0-9+\\- *]{5,32}$";
}
