using TalentReform.Staffing;

namespace TalentReform.Talents.Rules;

/// <summary>
/// What a talent profile says, as benefit rules read it. Unknown facts are null: a comparison with an unknown
/// fact fails and says the fact is missing. Ages and durations are taken on the evaluation date.
/// </summary>
public sealed record TalentFacts(
    EducationDegree? Degree = null,
    DateOnly? DegreeDate = null,
    DateOnly? BirthDate = null,
    DateOnly? ArrivedOn = null,
    bool? EmployerInZone = null,
    decimal? ContractYears = null,
    int? SocialInsuranceMonths = null,
    TalentTierLevel? Tier = null,
    string? Field = null,
    bool? OverseasExperience = null,
    bool? OwnsHomeInZone = null)
{
    /// <summary>The fact as a comparable value (decimal, bool, EducationDegree, TalentTierLevel or string), or null when unknown.</summary>
    public object? ValueOf(ProfileField field, DateOnly on) => field switch
    {
        ProfileField.Degree => Degree,
        ProfileField.Age => BirthDate is { } birth ? WholeYears(birth, on) : null,
        ProfileField.YearsSinceDegree => DegreeDate is { } awarded ? WholeYears(awarded, on) : null,
        ProfileField.MonthsInZone => ArrivedOn is { } arrived ? WholeMonths(arrived, on) : null,
        ProfileField.EmployerInZone => EmployerInZone,
        ProfileField.ContractYears => ContractYears,
        ProfileField.SocialInsuranceMonths => SocialInsuranceMonths is { } months ? (decimal)months : null,
        ProfileField.Tier => Tier,
        ProfileField.Field => Field,
        ProfileField.OverseasExperience => OverseasExperience,
        ProfileField.OwnsHomeInZone => OwnsHomeInZone,
        _ => null,
    };

    /// <summary>Completed years (an age on the birthday itself counts the new year).</summary>
    public static decimal WholeYears(DateOnly from, DateOnly on)
    {
        var years = on.Year - from.Year;
        return from.AddYears(years) > on ? years - 1 : years;
    }

    public static decimal WholeMonths(DateOnly from, DateOnly on)
    {
        var months = ((on.Year - from.Year) * 12) + on.Month - from.Month;
        return from.AddMonths(months) > on ? months - 1 : months;
    }
}
