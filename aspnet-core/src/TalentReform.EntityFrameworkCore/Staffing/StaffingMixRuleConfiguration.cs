using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Staffing;

internal sealed class StaffingMixRuleConfiguration : IEntityTypeConfiguration<StaffingMixRule>
{
    public void Configure(EntityTypeBuilder<StaffingMixRule> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "StaffingMixRules");
        builder.Ignore(r => r.BandRatio);
        builder.HasIndex(r => new { r.ZoneId, r.OrgUnitId });
    }
}
