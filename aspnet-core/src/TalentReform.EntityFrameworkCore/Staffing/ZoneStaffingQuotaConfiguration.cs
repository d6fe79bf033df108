using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Staffing;

internal sealed class ZoneStaffingQuotaConfiguration : IEntityTypeConfiguration<ZoneStaffingQuota>
{
    public void Configure(EntityTypeBuilder<ZoneStaffingQuota> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "ZoneStaffingQuotas");
        builder.HasIndex(q => new { q.ZoneId, q.StaffingType }).IsUnique();
    }
}
