using TalentReform.Entities;

namespace TalentReform.Talents;

/// <summary>
/// 人才认定: a talent certified to a tier by a certifying body (组织部, 人社局, an authorised employer …) on a date,
/// valid until a date, under a certificate number. Applied for and approved or rejected by an HR officer, or
/// imported as approved. Approval gives the talent's profile its tier, which benefit rules then read.
/// </summary>
public class TalentCertification : AggregateRoot, IMultiZone
{
    public Guid? ZoneId { get; private set; }
    public Guid ProfileId { get; private set; }
    public TalentTierLevel Level { get; private set; }
    public string CertifyingBody { get; private set; } = null!;
    public DateOnly CertifiedOn { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public string CertificateNo { get; private set; } = null!;
    public TalentCertificationStatus Status { get; private set; }
    public TalentCertificationSource Source { get; private set; }
    public DateTimeOffset AppliedAt { get; private set; }
    public Guid? AppliedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string? Comment { get; private set; }

    protected TalentCertification()
    {
    }

    public TalentCertification(
        Guid id, Guid zoneId, Guid profileId, TalentTierLevel level, string certifyingBody, DateOnly certifiedOn, DateOnly? validUntil, string certificateNo,
        TalentCertificationSource source, Guid? appliedBy, DateTimeOffset now)
        : base(id)
    {
        if (validUntil <= certifiedOn)
        {
            throw new BusinessException(TalentReformErrorCodes.CertificationValidityInvalid, certifiedOn, validUntil);
        }

        ZoneId = zoneId;
        ProfileId = profileId;
        Level = level;
        CertifyingBody = Check.NotNullOrWhiteSpace(certifyingBody, nameof(certifyingBody)).Trim();
        CertifiedOn = certifiedOn;
        ValidUntil = validUntil;
        CertificateNo = Check.NotNullOrWhiteSpace(certificateNo, nameof(certificateNo)).Trim();
        Source = source;
        AppliedBy = appliedBy;
        AppliedAt = now;
        Status = TalentCertificationStatus.Pending;
    }

    public bool IsValidOn(DateOnly date) => Status == TalentCertificationStatus.Approved && CertifiedOn <= date && (ValidUntil is null || date <= ValidUntil);

    /// <summary>
    /// Approves the certification and gives <paramref name="profile"/> (the certified talent) its tier — unless the
    /// certification has already expired (recorded for the history only) or the talent holds a higher tier.
    /// </summary>
    public void Approve(TalentProfile profile, Guid? userId, string? comment, DateOnly today, DateTimeOffset now)
    {
        Decide(TalentCertificationStatus.Approved, userId, comment, now);
        if (IsValidOn(today) && (profile.Tier is null || Level < profile.Tier))
        {
            profile.Certify(Level);
        }
    }

    public void Reject(Guid? userId, string comment, DateTimeOffset now) =>
        Decide(TalentCertificationStatus.Rejected, userId, Check.NotNullOrWhiteSpace(comment, nameof(comment)), now);

    private void Decide(TalentCertificationStatus status, Guid? userId, string? comment, DateTimeOffset now)
    {
        if (Status != TalentCertificationStatus.Pending)
        {
            throw new BusinessException(TalentReformErrorCodes.CertificationNotPending, CertificateNo, Localization.LocalizedEnum.Of(Status));
        }

        Status = status;
        DecidedBy = userId;
        DecidedAt = now;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }
}
