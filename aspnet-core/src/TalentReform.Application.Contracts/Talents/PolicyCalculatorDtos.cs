using System.ComponentModel.DataAnnotations;
using TalentReform.Staffing;

namespace TalentReform.Talents;

/// <summary>
/// What a visitor tells the public policy calculator about themselves. Everything is optional: an unknown fact
/// makes the conditions that need it fail with "缺少…信息". Nothing is stored.
/// </summary>
public class PolicyCalculatorInput
{
    public EducationDegree? Degree { get; set; }

    [Range(ProfileFieldRanges.MinAge, ProfileFieldRanges.MaxAge)]
    public int? Age { get; set; }

    [Range(0, ProfileFieldRanges.MaxYearsSinceDegree)]
    public int? YearsSinceDegree { get; set; }

    [Range(0, ProfileFieldRanges.MaxMonths)]
    public int? MonthsInZone { get; set; }

    public bool? EmployerInZone { get; set; }

    // Decimal limits: an int range would throw converting a value beyond int (2147483648) instead of refusing it.
    [Range(typeof(decimal), "0", ProfileFieldRanges.MaxContractYearsText, ParseLimitsInInvariantCulture = true)]
    public decimal? ContractYears { get; set; }

    [Range(0, ProfileFieldRanges.MaxMonths)]
    public int? SocialInsuranceMonths { get; set; }

    public TalentTierLevel? Tier { get; set; }

    [StringLength(BenefitRuleConsts.MaxValueLength)]
    public string? Field { get; set; }

    public bool? OverseasExperience { get; set; }

    public bool? OwnsHomeInZone { get; set; }
}

/// <summary>The package: every benefit of the zone's policies in force, granted or not and why, and the money by year.</summary>
public record PolicyCalculatorResultDto(
    string ZoneCode, string ZoneName, DateOnly On, decimal TotalAmount, IReadOnlyList<YearTotalDto> ByYear, IReadOnlyList<BenefitResultDto> Benefits);

public record YearTotalDto(int Year, decimal Amount);

/// <param name="Reason">Why a benefit whose conditions hold is still not granted (就高不重复, no amount for the tier).</param>
/// <param name="Conditions">The condition tree, flattened in order with its depth, each node explained.</param>
public record BenefitResultDto(
    string PolicyCode, string PolicyTitle, string PolicyDocument, string? Article, string Code, string Name, BenefitAmountKind AmountKind, bool Eligible,
    decimal? Amount, IReadOnlyList<PaymentDto> Payments, string? ExcludedBy, bool IsAlmost, string? Reason, IReadOnlyList<ConditionResultDto> Conditions);

public record PaymentDto(int Number, DateOnly DueOn, decimal Amount);

/// <param name="Text">The condition as a sentence ("年龄不超过 35（实际：30）").</param>
/// <param name="Hint">For a failed comparison, what would make it pass.</param>
public record ConditionResultDto(int Depth, ConditionKind Kind, bool Passed, ProfileField? Field, string Text, string? Hint);

public record PublicZoneDto(string Code, string NameZh, string NameEn);

public interface IPolicyCalculatorAppService
{
    Task<IReadOnlyList<PublicZoneDto>> GetZonesAsync(CancellationToken cancellationToken = default);

    Task<PolicyCalculatorResultDto> CalculateAsync(string zoneCode, PolicyCalculatorInput input, CancellationToken cancellationToken = default);
}
