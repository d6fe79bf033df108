using System.ComponentModel.DataAnnotations;

namespace TalentReform.Staffing;

public abstract class PersonInputBase
{
    [Required]
    [StringLength(PersonConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [Required]
    public Gender? Gender { get; set; }

    [Required]
    public DateOnly? BirthDate { get; set; }

    [Required]
    [StringLength(PersonConsts.IdNumberLength, MinimumLength = PersonConsts.IdNumberLength)]
    [RegularExpression(PersonConsts.IdNumberPattern)]
    public string IdNumber { get; set; } = null!;

    public EducationDegree? Degree { get; set; }

    [StringLength(PersonConsts.MaxSchoolLength)]
    public string? School { get; set; }

    [StringLength(PersonConsts.MaxMajorLength)]
    public string? Major { get; set; }

    [StringLength(PersonConsts.MaxProfessionalTitleLength)]
    public string? ProfessionalTitle { get; set; }

    [StringLength(PersonConsts.MaxPhoneLength)]
    [RegularExpression(PersonConsts.PhonePattern)]
    public string? Phone { get; set; }

    /// <summary>身份封存: the original status is sealed under the all-staff appointment reform.</summary>
    public bool SealedStatus { get; set; }
}
