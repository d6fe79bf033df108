using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Auditing;

internal sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "AuditLogs");
        builder.Property(a => a.EntityType).HasMaxLength(AuditLogConsts.MaxEntityTypeLength).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(AuditLogConsts.MaxEntityIdLength * 2 + 1).IsRequired();
        builder.Property(a => a.UserName).HasMaxLength(AuditLogConsts.MaxUserNameLength);
        builder.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.AuditLogId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Changes).AutoInclude();
        builder.HasIndex(a => new { a.ZoneId, a.Time });
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class AuditLogChangeConfiguration : IEntityTypeConfiguration<AuditLogChange>
{
    public void Configure(EntityTypeBuilder<AuditLogChange> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "AuditLogChanges");
        builder.Property(c => c.PropertyName).HasMaxLength(AuditLogConsts.MaxPropertyNameLength).IsRequired();
        builder.Property(c => c.OriginalValue).HasMaxLength(AuditLogConsts.MaxValueLength);
        builder.Property(c => c.NewValue).HasMaxLength(AuditLogConsts.MaxValueLength);
    }
}
