using System.ComponentModel.DataAnnotations;
using TalentReform.Dtos;
using TalentReform.Excel;
using TalentReform.Validation;

namespace TalentReform.Talents;

public record TalentCertificationDto(
    Guid Id, Guid ProfileId, string ProfileName, TalentTierLevel Level, string CertifyingBody, DateOnly CertifiedOn, DateOnly? ValidUntil,
    string CertificateNo, TalentCertificationStatus Status, TalentCertificationSource Source, DateTimeOffset AppliedAt, DateTimeOffset? DecidedAt,
    string? DecidedByName, string? Comment, bool IsValidToday, string ConcurrencyStamp);

public class GetTalentCertificationsInput : PagedAndSortedRequestDto
{
    public TalentCertificationStatus? Status { get; set; }

    public TalentTierLevel? Level { get; set; }

    public Guid? ProfileId { get; set; }
}

/// <summary>An application for 人才认定, recorded by an HR officer from the talent's or employer's submission.</summary>
public class CreateTalentCertificationDto
{
    [Required]
    public Guid ProfileId { get; set; }

    [Required]
    public TalentTierLevel Level { get; set; }

    [Required]
    [StringLength(TalentCertificationConsts.MaxCertifyingBodyLength, MinimumLength = 1)]
    public string CertifyingBody { get; set; } = "";

    [Required]
    [PastDate]
    public DateOnly CertifiedOn { get; set; }

    [BusinessDate]
    public DateOnly? ValidUntil { get; set; }

    [Required]
    [StringLength(TalentCertificationConsts.MaxCertificateNoLength, MinimumLength = 1)]
    public string CertificateNo { get; set; } = "";
}

public class DecideTalentCertificationDto
{
    /// <summary>Required to reject.</summary>
    [StringLength(TalentCertificationConsts.MaxCommentLength)]
    public string? Comment { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public interface ITalentCertificationAppService
{
    Task<PagedResultDto<TalentCertificationDto>> GetListAsync(GetTalentCertificationsInput input, CancellationToken cancellationToken = default);

    Task<TalentCertificationDto> CreateAsync(CreateTalentCertificationDto input, CancellationToken cancellationToken = default);

    /// <summary>Approves and gives the talent's profile the certified tier.</summary>
    Task<TalentCertificationDto> ApproveAsync(Guid id, DecideTalentCertificationDto input, CancellationToken cancellationToken = default);

    Task<TalentCertificationDto> RejectAsync(Guid id, DecideTalentCertificationDto input, CancellationToken cancellationToken = default);

    Task<ExcelFileDto> GetImportTemplateAsync(CancellationToken cancellationToken = default);

    /// <summary>Imports certifications already granted (approved at once; the talent is found by profile name and employer).</summary>
    Task<ImportResultDto> ImportAsync(Stream file, bool dryRun, CancellationToken cancellationToken = default);
}
