namespace TalentReform.Staffing;

public enum AppointmentKind
{
    /// <summary>聘任</summary>
    Appointed,

    /// <summary>竞聘上岗</summary>
    Competitive,

    /// <summary>临时 (acting or temporary)</summary>
    Temporary,
}
