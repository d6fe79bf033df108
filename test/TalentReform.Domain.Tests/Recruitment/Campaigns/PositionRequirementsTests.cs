using System.Globalization;
using TalentReform.Staffing;
using static TalentReform.Recruitment.CampaignFixtures;

namespace TalentReform.Recruitment;

public class PositionRequirementsTests
{
    private static readonly DateOnly ReferenceDate = new(2026, 3, 24);

    [Theory]
    // Born 1990-03-24: 36 on 2026-03-24 (the birthday itself completes the year).
    [InlineData("1990-03-24", 35, true)]
    // Born 1990-03-25: still 35 on 2026-03-24.
    [InlineData("1990-03-25", 35, false)]
    [InlineData("1990-03-24", 36, false)]
    // Born 1992-02-29: in 2026 (no 29 Feb) the 34th year completes on 03-01, so on 03-24 the candidate is 34.
    [InlineData("1992-02-29", 34, false)]
    [InlineData("1992-02-29", 33, true)]
    public void Age_is_in_full_years_on_the_reference_date(string birth, int maxAge, bool tooOld)
    {
        var requirements = new PositionRequirements(MaxAge: maxAge);
        var candidate = Candidate() with { BirthDate = DateOnly.Parse(birth, CultureInfo.InvariantCulture) };

        requirements.Check(candidate, ReferenceDate).Contains(IneligibilityReason.TooOld).ShouldBe(tooOld);
    }

    [Fact]
    public void Age_on_a_leap_day_birthday()
    {
        // 1992-02-29 → 2026-02-28: 33 (the 34th birthday is taken as 03-01 in a common year); 2026-03-01: 34.
        PositionRequirements.AgeOn(new DateOnly(1992, 2, 29), new DateOnly(2026, 2, 28)).ShouldBe(33);
        PositionRequirements.AgeOn(new DateOnly(1992, 2, 29), new DateOnly(2026, 3, 1)).ShouldBe(34);
        PositionRequirements.AgeOn(new DateOnly(1992, 2, 29), new DateOnly(2028, 2, 29)).ShouldBe(36);
    }

    [Fact]
    public void A_candidate_who_meets_everything_has_no_reasons()
    {
        var requirements = new PositionRequirements(EducationDegree.Master, ["软件工程", " 计算机科学与技术 "], 35, "工程师", 5, "辽宁省大连市").Validated();

        // Born 1990-01-01: 36 on 2026-03-24 > 35; everything else matches (Master ≥ Master, listed major, title, 8 ≥ 5 years, 大连 prefix).
        requirements.Check(Candidate(), ReferenceDate).ShouldBe([IneligibilityReason.TooOld]);
        requirements.Check(Candidate() with { BirthDate = new DateOnly(1991, 3, 25) }, ReferenceDate).ShouldBeEmpty();
    }

    [Fact]
    public void Every_unmet_requirement_is_a_reason()
    {
        var requirements = new PositionRequirements(EducationDegree.Doctorate, ["金融学"], 35, "高级工程师", 10, "辽宁省大连市");
        var candidate = Candidate() with { Degree = EducationDegree.Master, YearsOfExperience = 9, HouseholdRegistration = "河北省承德市" };

        requirements.Check(candidate, ReferenceDate).ShouldBe(
        [
            IneligibilityReason.TooOld,
            IneligibilityReason.DegreeTooLow,
            IneligibilityReason.MajorNotListed,
            IneligibilityReason.ProfessionalTitleMissing,
            IneligibilityReason.ExperienceTooShort,
            IneligibilityReason.HouseholdRegistrationMismatch,
        ]);
    }

    [Fact]
    public void Missing_candidate_data_does_not_meet_a_requirement_and_no_requirement_admits_anyone()
    {
        var bare = Candidate() with { Degree = null, Major = null, ProfessionalTitle = null, HouseholdRegistration = null, YearsOfExperience = 0 };

        new PositionRequirements(EducationDegree.Secondary, ["任意"], null, "工程师", null, "大连").Check(bare, ReferenceDate).ShouldBe(
            [IneligibilityReason.DegreeTooLow, IneligibilityReason.MajorNotListed, IneligibilityReason.ProfessionalTitleMissing, IneligibilityReason.HouseholdRegistrationMismatch]);
        PositionRequirements.None.Check(bare, ReferenceDate).ShouldBeEmpty();
    }

    [Fact]
    public void Requirements_out_of_range_are_refused()
    {
        ((Action)(() => new PositionRequirements(MaxAge: 0).Validated())).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRequirementInvalid);
        ((Action)(() => new PositionRequirements(MinYearsOfExperience: -1).Validated())).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRequirementInvalid);
        ((Action)(() => new PositionRequirements(Majors: [" "]).Validated())).ShouldBeRefusedWith(TalentReformErrorCodes.CampaignRequirementInvalid);
        new PositionRequirements(Majors: ["法学", " 法学 "], HouseholdRegistration: " ").Validated().ShouldBe(new PositionRequirements(Majors: ["法学"]));
    }
}
