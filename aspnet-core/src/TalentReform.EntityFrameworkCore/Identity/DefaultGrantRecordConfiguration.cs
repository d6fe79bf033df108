using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Identity;

internal sealed class DefaultGrantRecordConfiguration : IEntityTypeConfiguration<DefaultGrantRecord>
{
    public void Configure(EntityTypeBuilder<DefaultGrantRecord> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "DefaultGrantRecords");
        builder.Property(r => r.RoleName).HasMaxLength(PermissionProviderNames.MaxProviderKeyLength).IsRequired();
        builder.Property(r => r.PermissionName).HasMaxLength(PermissionProviderNames.MaxNameLength).IsRequired();
        builder.HasIndex(r => new { r.RoleName, r.PermissionName }).IsUnique();
    }
}
