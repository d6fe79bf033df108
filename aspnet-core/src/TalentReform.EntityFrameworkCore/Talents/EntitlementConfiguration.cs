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
        builder.Property(e => e.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        builder.Ignore(e => e.IsOpen);
        builder.Ignore(e => e.Payments);
        builder.HasIndex(e => new { e.ZoneId, e.ProfileId, e.Status });
    }
}

internal sealed class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "MatchingRuns");
        builder.Property(r => r.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ZoneId, r.StartedAt });
    }
}
