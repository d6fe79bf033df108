namespace TalentReform.Recruitment;

/// <summary>The order of 体检 and 考察 after the ranking; practice varies by province, so each campaign states it.</summary>
public enum CheckOrder
{
    /// <summary>先体检后考察.</summary>
    MedicalFirst,

    /// <summary>先考察后体检.</summary>
    AssessmentFirst,
}
