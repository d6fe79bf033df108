namespace TalentReform.Staffing;

public static class StaffingMixConsts
{
    /// <summary>Professional levels 1–4 are senior (正高/副高 grades), 5–7 middle, 8–13 junior.</summary>
    public const int SeniorMaxLevel = 4;

    public const int MiddleMaxLevel = 7;

    /// <summary>Skilled levels up to this one count as the "high" skilled grades capped by <see cref="StaffingMixRuleKind.MaxSkilledLowLevelShare"/>.</summary>
    public const int SkilledTopLevel = 2;

    /// <summary>A band may deviate this much (as a share) from its target before the ratio counts as violated.</summary>
    public const double BandTolerance = 0.10;

    public const int MaxBandWeight = 100;
}
