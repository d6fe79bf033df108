namespace TalentReform.Talents;

/// <summary>
/// The plausible values of a profile's numeric facts, as the talent profile form and the public policy
/// calculator accept them. Constants so that the DTOs' [Range] attributes use them; <see cref="ProfileFields.RangeOf"/>
/// serves them to the UI.
/// </summary>
public static class ProfileFieldRanges
{
    public const int MinAge = 16;
    public const int MaxAge = 100;
    public const int MaxYearsSinceDegree = 80;
    public const int MaxMonths = 600;
    public const int MaxContractYears = 50;

    /// <summary>The same bound as text, for the decimal [Range] (an int range would throw beyond int instead of refusing).</summary>
    public const string MaxContractYearsText = "50";
}
