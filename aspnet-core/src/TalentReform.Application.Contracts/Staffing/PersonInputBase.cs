using System.ComponentModel.DataAnnotations;
using TalentReform.Validation;

namespace TalentReform.Staffing;

public abstract class PersonInputBase
{
    [Required]
    [StringLength(PersonConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [Required]
    public Gender? Gender { get; set; }

    [Required]
    [BirthDate]
    public DateOnly? BirthDate { get; set; }

    /// <summary>The 18-character ID number (on update also its masked form, see <see cref="UpdatePersonDto"/>).</summary>
    public abstract string IdNumber { get; set; }

    public EducationDegree? Degree { get; set; }

    [StringLength(PersonConsts.MaxSchoolLength)]
    public string? School { get; set; }

    [StringLength(PersonConsts.MaxMajorLength)]
    public string? Major { get; set; }

    [StringLength(PersonConsts.MaxProfessionalTitleLength)]
    public string? ProfessionalTitle { get; set; }

    [StringLength(PersonConsts.MaxPhoneLength)]
    [RegularExpression(PersonConsts.PhoneOrMaskedPattern)]
    public string? Phone { get; set; }

    /// <summary>身份封存: the original status is sealed under the all-staff appointment reform.</summary>
    public bool SealedStatus { get; set; }
}
