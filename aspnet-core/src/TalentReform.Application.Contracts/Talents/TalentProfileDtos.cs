using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;
using TalentReform.Staffing;
using TalentReform.Validation;

namespace TalentReform.Talents;

public record TalentProfileDto(
    Guid Id, Guid? PersonId, Guid? UserId, string Name, string? Employer, EducationDegree? Degree, DateOnly? DegreeDate, DateOnly? BirthDate,
    DateOnly? ArrivedOn, bool EmployerInZone, decimal? ContractYears, int? SocialInsuranceMonths, TalentTierLevel? Tier, string? Field,
    bool OverseasExperience, bool OwnsHomeInZone, bool IsActive, string ConcurrencyStamp);

public class GetTalentProfilesInput : PagedAndSortedRequestDto
{
    [StringLength(TalentProfileConsts.MaxNameLength)]
    public string? Filter { get; set; }

    public TalentTierLevel? Tier { get; set; }
}

public class CreateTalentProfileDto
{
    [Required]
    [StringLength(TalentProfileConsts.MaxNameLength, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(TalentProfileConsts.MaxEmployerLength)]
    public string? Employer { get; set; }

    public EducationDegree? Degree { get; set; }

    [PastDate]
    public DateOnly? DegreeDate { get; set; }

    [BirthDate]
    public DateOnly? BirthDate { get; set; }

    [PastDate]
    public DateOnly? ArrivedOn { get; set; }

    public bool EmployerInZone { get; set; }

    // Decimal limits: an int range would throw converting a value beyond int (2147483648) instead of refusing it.
    [Range(typeof(decimal), "0", ProfileFieldRanges.MaxContractYearsText, ParseLimitsInInvariantCulture = true)]
    public decimal? ContractYears { get; set; }

    [Range(0, ProfileFieldRanges.MaxMonths)]
    public int? SocialInsuranceMonths { get; set; }

    public TalentTierLevel? Tier { get; set; }

    [StringLength(TalentProfileConsts.MaxFieldLength)]
    public string? Field { get; set; }

    public bool OverseasExperience { get; set; }

    public bool OwnsHomeInZone { get; set; }

    public bool IsActive { get; set; } = true;
}

public class UpdateTalentProfileDto : CreateTalentProfileDto
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public interface ITalentProfileAppService
{
    Task<TalentProfileDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PagedResultDto<TalentProfileDto>> GetListAsync(GetTalentProfilesInput input, CancellationToken cancellationToken = default);

    Task<TalentProfileDto> CreateAsync(CreateTalentProfileDto input, CancellationToken cancellationToken = default);

    Task<TalentProfileDto> UpdateAsync(Guid id, UpdateTalentProfileDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The signed-in talent's own profile (404 when they have none).</summary>
    Task<TalentProfileDto> GetMineAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The benefits the signed-in talent almost qualifies for (only numbers short of a minimum, e.g. months of
    /// local social insurance), with what is missing — evaluated now against the zone's policies in force.
    /// </summary>
    Task<IReadOnlyList<BenefitResultDto>> GetMyMissingAsync(CancellationToken cancellationToken = default);
}
