using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Talents;

internal sealed class TalentPolicyConfiguration : IEntityTypeConfiguration<TalentPolicy>
{
    public void Configure(EntityTypeBuilder<TalentPolicy> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "TalentPolicies");
        builder.Property(p => p.Code).HasMaxLength(TalentPolicyConsts.MaxCodeLength).IsRequired();
        builder.Property(p => p.TitleZh).HasMaxLength(TalentPolicyConsts.MaxTitleLength).IsRequired();
        builder.Property(p => p.TitleEn).HasMaxLength(TalentPolicyConsts.MaxTitleLength).IsRequired();
        builder.Property(p => p.Document).HasMaxLength(TalentPolicyConsts.MaxDocumentLength).IsRequired();
        builder.Property(p => p.RulesJson).IsRequired();
        builder.Ignore(p => p.Rules);
        builder.HasIndex(p => new { p.ZoneId, p.Code, p.Version }).IsUnique();
    }
}
