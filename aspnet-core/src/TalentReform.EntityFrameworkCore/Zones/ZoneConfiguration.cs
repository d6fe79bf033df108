using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Zones;

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "Zones");
        builder.Property(z => z.Code).HasMaxLength(ZoneConsts.MaxCodeLength).IsRequired();
        builder.Property(z => z.NameZh).HasMaxLength(ZoneConsts.MaxNameLength).IsRequired();
        builder.Property(z => z.NameEn).HasMaxLength(ZoneConsts.MaxNameLength).IsRequired();
        builder.Property(z => z.Province).HasMaxLength(ZoneConsts.MaxProvinceLength).IsRequired();
        builder.HasIndex(z => z.Code).IsUnique();
    }
}
