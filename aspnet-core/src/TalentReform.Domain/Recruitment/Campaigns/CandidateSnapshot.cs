using TalentReform.Staffing;

namespace TalentReform.Recruitment;

/// <summary>The candidate as registered (报名表): what eligibility is checked against, kept as it was declared.</summary>
public sealed record CandidateSnapshot(
    string Name,
    string IdNumber,
    string? Phone,
    DateOnly BirthDate,
    EducationDegree? Degree,
    string? Major,
    string? ProfessionalTitle,
    int YearsOfExperience,
    string? HouseholdRegistration);
