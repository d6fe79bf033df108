using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Talents;

internal sealed class EntitlementConfiguration : IEntityTypeConfiguration<Entitlement>
{
    public void Configure(EntityTypeBuilder<Entitlement> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "Entitlements");
        builder.Property(e => e.PolicyCode).HasMaxLength(TalentPolicyConsts.MaxCodeLength).IsRequired();
        builder.Property(e => e.RuleCode).HasMaxLength(TalentPolicyConsts.MaxCodeLength).IsRequired();
        builder.Property(e => e.NameZh).HasMaxLength(TalentPolicyConsts.MaxTitleLength).IsRequired();
        builder.Property(e => e.NameEn).HasMaxLength(TalentPolicyConsts.MaxTitleLength).IsRequired();
        builder.Property(e => e.Amount).HasPrecision(14, 2);
        builder.Property(e => e.PaymentsJson).IsRequired();
        builder.Property(e => e.RevokeReason).HasMaxLength(128);
        builder.Property(e => e.FactsJson).IsRequired();
        builder.Property(e => e.ClawbackAmount).HasPrecision(14, 2);
        builder.Property(e => e.ClawbackReason).HasMaxLength(InstallmentConsts.MaxReasonLength);
        builder.Ignore(e => e.IsOpen);
        builder.Ignore(e => e.Payments);
        builder.Ignore(e => e.Facts);
        builder.Ignore(e => e.PaidAmount);
        builder.HasIndex(e => new { e.ZoneId, e.ProfileId, e.Status });
        builder.HasMany(e => e.Installments).WithOne().HasForeignKey(i => i.EntitlementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Installments).HasField("_installments").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class InstallmentConfiguration : IEntityTypeConfiguration<Installment>
{
    public void Configure(EntityTypeBuilder<Installment> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "Installments");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Amount).HasPrecision(14, 2);
        builder.Property(i => i.VoucherNo).HasMaxLength(InstallmentConsts.MaxVoucherNoLength);
        builder.Property(i => i.SuspendReason).HasMaxLength(InstallmentConsts.MaxReasonLength);
        builder.HasIndex(i => new { i.Status, i.DueOn });
    }
}

internal sealed class TalentTierConfiguration : IEntityTypeConfiguration<TalentTier>
{
    public void Configure(EntityTypeBuilder<TalentTier> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "TalentTiers");
        builder.Property(t => t.NameZh).HasMaxLength(TalentTierConsts.MaxNameLength).IsRequired();
        builder.Property(t => t.NameEn).HasMaxLength(TalentTierConsts.MaxNameLength).IsRequired();
        builder.Property(t => t.CriteriaZh).HasMaxLength(TalentTierConsts.MaxCriteriaLength).IsRequired();
        builder.Property(t => t.CriteriaEn).HasMaxLength(TalentTierConsts.MaxCriteriaLength).IsRequired();
        builder.HasIndex(t => new { t.ZoneId, t.Level }).IsUnique();
    }
}

internal sealed class TalentCertificationConfiguration : IEntityTypeConfiguration<TalentCertification>
{
    public void Configure(EntityTypeBuilder<TalentCertification> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "TalentCertifications");
        builder.Property(c => c.CertifyingBody).HasMaxLength(TalentCertificationConsts.MaxCertifyingBodyLength).IsRequired();
        builder.Property(c => c.CertificateNo).HasMaxLength(TalentCertificationConsts.MaxCertificateNoLength).IsRequired();
        builder.Property(c => c.Comment).HasMaxLength(TalentCertificationConsts.MaxCommentLength);
        builder.HasIndex(c => new { c.ZoneId, c.CertificateNo }).IsUnique();
        builder.HasIndex(c => new { c.ZoneId, c.ProfileId });
    }
}

internal sealed class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "MatchingRuns");
        builder.Property(r => r.Failure).HasMaxLength(500);
        builder.Ignore(r => r.IsRunning);
        builder.HasIndex(r => new { r.ZoneId, r.StartedAt });
    }
}
