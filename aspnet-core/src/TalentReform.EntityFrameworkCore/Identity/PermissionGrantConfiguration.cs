using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Identity;

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "PermissionGrants");
        builder.Property(g => g.Name).HasMaxLength(PermissionProviderNames.MaxNameLength).IsRequired();
        builder.Property(g => g.ProviderName).HasMaxLength(8).IsRequired();
        builder.Property(g => g.ProviderKey).HasMaxLength(PermissionProviderNames.MaxProviderKeyLength).IsRequired();
        builder.HasIndex(g => new { g.ProviderName, g.ProviderKey, g.Name }).IsUnique();
    }
}
