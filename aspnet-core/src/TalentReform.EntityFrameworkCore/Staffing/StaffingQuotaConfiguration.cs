using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Staffing;

internal sealed class StaffingQuotaConfiguration : IEntityTypeConfiguration<StaffingQuota>
{
    public void Configure(EntityTypeBuilder<StaffingQuota> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "StaffingQuotas");
        builder.HasIndex(q => new { q.OrgUnitId, q.StaffingType }).IsUnique();
        builder.HasIndex(q => new { q.ZoneId, q.StaffingType });
    }
}
