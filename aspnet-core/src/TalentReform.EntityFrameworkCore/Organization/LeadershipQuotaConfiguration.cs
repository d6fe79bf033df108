using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Organization;

internal sealed class LeadershipQuotaConfiguration : IEntityTypeConfiguration<LeadershipQuota>
{
    public void Configure(EntityTypeBuilder<LeadershipQuota> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "LeadershipQuotas");
        builder.Property(q => q.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        builder.HasIndex(q => q.OrgUnitId).IsUnique();
    }
}
