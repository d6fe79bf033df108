namespace TalentReform.Recruitment;

/// <summary>Why a candidate's snapshot does not meet a position's requirements (资格初审, and again at 考察).</summary>
public enum IneligibilityReason
{
    /// <summary>Older than the age limit on the reference date.</summary>
    TooOld,

    /// <summary>Below the minimum degree (or no degree given).</summary>
    DegreeTooLow,

    /// <summary>The major is not among the listed ones (or none given).</summary>
    MajorNotListed,

    /// <summary>The required professional title is missing.</summary>
    ProfessionalTitleMissing,

    /// <summary>Fewer years of experience than required.</summary>
    ExperienceTooShort,

    /// <summary>The 户籍 is not the required one.</summary>
    HouseholdRegistrationMismatch,
}
