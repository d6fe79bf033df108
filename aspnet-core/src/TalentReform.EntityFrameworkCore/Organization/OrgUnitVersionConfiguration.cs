using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Organization;

internal sealed class OrgUnitVersionConfiguration : IEntityTypeConfiguration<OrgUnitVersion>
{
    public void Configure(EntityTypeBuilder<OrgUnitVersion> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "OrgUnitVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Code).HasMaxLength(OrgUnitConsts.MaxCodeLength).IsRequired();
        builder.Property(v => v.NameZh).HasMaxLength(OrgUnitConsts.MaxNameLength).IsRequired();
        builder.Property(v => v.NameEn).HasMaxLength(OrgUnitConsts.MaxNameLength).IsRequired();
        builder.Property(v => v.ShortName).HasMaxLength(OrgUnitConsts.MaxShortNameLength);


        // As-of queries scan a zone's versions by date; a unit's own history is read on every change.
        builder.HasIndex(v => new { v.ZoneId, v.ValidFrom });
        builder.HasIndex(v => new { v.OrgUnitId, v.ValidFrom });
    }
}
