namespace TalentReform.Talents;

/// <summary>
/// The facts of a talent profile that benefit rules may read. Each has one <see cref="ProfileFieldType"/>
/// (see <see cref="ProfileFields"/>); a rule comparing a field with a value of another type is refused on save.
/// </summary>
public enum ProfileField
{
    /// <summary>Highest degree (学历): Secondary … Doctorate.</summary>
    Degree,

    /// <summary>Age in whole years on the evaluation date.</summary>
    Age,

    /// <summary>Whole years since the highest degree was awarded.</summary>
    YearsSinceDegree,

    /// <summary>Whole months since arriving in the zone.</summary>
    MonthsInZone,

    /// <summary>The employer is registered in the zone.</summary>
    EmployerInZone,

    /// <summary>Length of the labour contract, in years.</summary>
    ContractYears,

    /// <summary>Months of social insurance paid locally.</summary>
    SocialInsuranceMonths,

    /// <summary>Certified talent tier (A–E), if any.</summary>
    Tier,

    /// <summary>Field of work (e.g. 集成电路, 生物医药).</summary>
    Field,

    /// <summary>Has studied or worked abroad.</summary>
    OverseasExperience,

    /// <summary>Owns a home in the zone.</summary>
    OwnsHomeInZone,
}

public enum ProfileFieldType
{
    Number,
    Boolean,
    Degree,
    Tier,
    Text,
}

public static class ProfileFields
{
    public static ProfileFieldType TypeOf(ProfileField field) => field switch
    {
        ProfileField.Degree => ProfileFieldType.Degree,
        ProfileField.Tier => ProfileFieldType.Tier,
        ProfileField.Field => ProfileFieldType.Text,
        ProfileField.EmployerInZone or ProfileField.OverseasExperience or ProfileField.OwnsHomeInZone => ProfileFieldType.Boolean,
        _ => ProfileFieldType.Number,
    };

    /// <summary>The accepted values of a numeric field (<see cref="ProfileFieldRanges"/>); null for the other types.</summary>
    public static (int Min, int Max)? RangeOf(ProfileField field) => field switch
    {
        ProfileField.Age => (ProfileFieldRanges.MinAge, ProfileFieldRanges.MaxAge),
        ProfileField.YearsSinceDegree => (0, ProfileFieldRanges.MaxYearsSinceDegree),
        ProfileField.MonthsInZone or ProfileField.SocialInsuranceMonths => (0, ProfileFieldRanges.MaxMonths),
        ProfileField.ContractYears => (0, ProfileFieldRanges.MaxContractYears),
        _ => null,
    };
}
