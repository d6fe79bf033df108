using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Organization;

internal sealed class LeadershipQuotaConfiguration : IEntityTypeConfiguration<LeadershipQuota>
{
    public void Configure(EntityTypeBuilder<LeadershipQuota> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "LeadershipQuotas");
        builder.HasIndex(q => q.OrgUnitId).IsUnique();
    }
}
