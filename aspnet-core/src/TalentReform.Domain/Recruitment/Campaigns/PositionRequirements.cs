using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>
/// A position's 资格条件 as the notice states them; null (or no majors) means 不限. <see cref="MaxAge"/> is in full
/// years (周岁) on the campaign's reference date: "35周岁以下" is a limit of 35, reached on the 36th birthday.
/// </summary>
public sealed record PositionRequirements(
    EducationDegree? MinimumDegree = null,
    IReadOnlyList<string>? Majors = null,
    int? MaxAge = null,
    string? ProfessionalTitle = null,
    int? MinYearsOfExperience = null,
    string? HouseholdRegistration = null)
{
    public static readonly PositionRequirements None = new();

    public IReadOnlyList<string> MajorList => Majors ?? [];

    /// <summary>
    /// The reasons the candidate does not qualify on <paramref name="referenceDate"/> (empty: qualifies). Text
    /// matches ignore case and surrounding blanks; a 户籍 requirement is a region prefix ("大连市" admits
    /// "大连市甘井子区").
    /// </summary>
    public IReadOnlyList<IneligibilityReason> Check(CandidateSnapshot candidate, DateOnly referenceDate)
    {
        var reasons = new List<IneligibilityReason>();
        if (MaxAge is { } maxAge && AgeOn(candidate.BirthDate, referenceDate) > maxAge)
        {
            reasons.Add(IneligibilityReason.TooOld);
        }

        if (MinimumDegree is { } degree && (candidate.Degree is null || candidate.Degree < degree))
        {
            reasons.Add(IneligibilityReason.DegreeTooLow);
        }

        if (MajorList.Count > 0 && !MajorList.Any(m => Same(m, candidate.Major)))
        {
            reasons.Add(IneligibilityReason.MajorNotListed);
        }

        if (ProfessionalTitle is not null && !Same(ProfessionalTitle, candidate.ProfessionalTitle))
        {
            reasons.Add(IneligibilityReason.ProfessionalTitleMissing);
        }

        if (MinYearsOfExperience is { } years && candidate.YearsOfExperience < years)
        {
            reasons.Add(IneligibilityReason.ExperienceTooShort);
        }

        if (HouseholdRegistration is not null
            && (candidate.HouseholdRegistration is null
                || !candidate.HouseholdRegistration.Trim().StartsWith(HouseholdRegistration.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            reasons.Add(IneligibilityReason.HouseholdRegistrationMismatch);
        }

        return reasons;
    }

    /// <summary>周岁: full years completed on the date (a 29 February birthday completes its year on 1 March).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;
        return date < AddYearsStrict(birthDate, age) ? age - 1 : age;
    }

    internal PositionRequirements Validated()
    {
        if (MaxAge is < 1 or > RecruitmentCampaignConsts.MaxAgeLimit
            || MinYearsOfExperience is < 0 or > RecruitmentCampaignConsts.MaxYearsOfExperience
            || MajorList.Count > RecruitmentCampaignConsts.MaxMajors
            || MajorList.Any(m => string.IsNullOrWhiteSpace(m) || m.Trim().Length > RecruitmentCampaignConsts.MaxMajorLength)
            || ProfessionalTitle?.Trim().Length > RecruitmentCampaignConsts.MaxProfessionalTitleLength
            || HouseholdRegistration?.Trim().Length > RecruitmentCampaignConsts.MaxHouseholdRegistrationLength)
        {
            throw new BusinessException(TalentReformErrorCodes.CampaignRequirementInvalid);
        }

        return this with
        {
            Majors = MajorList.Select(m => m.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ProfessionalTitle = Clean(ProfessionalTitle),
            HouseholdRegistration = Clean(HouseholdRegistration),
        };
    }

    // Records compare lists by reference; conditions are compared by value (变更公告 diffs), so compare the majors' text.
    public bool Equals(PositionRequirements? other) =>
        other is not null && MinimumDegree == other.MinimumDegree && MaxAge == other.MaxAge && ProfessionalTitle == other.ProfessionalTitle
        && MinYearsOfExperience == other.MinYearsOfExperience && HouseholdRegistration == other.HouseholdRegistration
        && MajorList.SequenceEqual(other.MajorList);

    public override int GetHashCode() => HashCode.Combine(MinimumDegree, MaxAge, ProfessionalTitle, MinYearsOfExperience, HouseholdRegistration, MajorList.Count);

    private static DateOnly AddYearsStrict(DateOnly birthDate, int years) =>
        birthDate is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(birthDate.Year + years) ? new DateOnly(birthDate.Year + years, 3, 1) : birthDate.AddYears(years);

    private static bool Same(string required, string? actual) =>
        actual is not null && string.Equals(required.Trim(), actual.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
