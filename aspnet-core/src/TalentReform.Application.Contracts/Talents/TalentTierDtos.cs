using System.ComponentModel.DataAnnotations;

namespace TalentReform.Talents;

/// <param name="Name">In the reader's language.</param>
/// <param name="CertifiedCount">Talents of the zone whose profile holds this tier.</param>
public record TalentTierDto(
    TalentTierLevel Level, string Name, string NameZh, string NameEn, string CriteriaZh, string CriteriaEn, int CertifiedCount, string? ConcurrencyStamp);

public class UpdateTalentTierDto
{
    [Required]
    [StringLength(TalentTierConsts.MaxNameLength, MinimumLength = 1)]
    public string NameZh { get; set; } = "";

    [Required]
    [StringLength(TalentTierConsts.MaxNameLength, MinimumLength = 1)]
    public string NameEn { get; set; } = "";

    [StringLength(TalentTierConsts.MaxCriteriaLength)]
    public string CriteriaZh { get; set; } = "";

    [StringLength(TalentTierConsts.MaxCriteriaLength)]
    public string CriteriaEn { get; set; } = "";

    /// <summary>The stamp read with the tier; null for a tier the zone has not worded yet.</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public interface ITalentTierAppService
{
    /// <summary>The zone's five tiers A–E, in order.</summary>
    Task<IReadOnlyList<TalentTierDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<TalentTierDto> UpdateAsync(TalentTierLevel level, UpdateTalentTierDto input, CancellationToken cancellationToken = default);
}
