namespace TalentReform.Staffing;

/// <param name="IdNumber">Masked (2102**********1234) unless the caller may see ID numbers.</param>
public record PersonDto(
    Guid Id,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string IdNumber,
    EducationDegree? Degree,
    string? School,
    string? Major,
    string? ProfessionalTitle,
    string? Phone,
    bool SealedStatus,
    string ConcurrencyStamp);
