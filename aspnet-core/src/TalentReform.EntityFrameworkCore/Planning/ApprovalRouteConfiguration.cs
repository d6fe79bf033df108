using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Planning.Approval;

internal sealed class ApprovalRouteConfiguration : IEntityTypeConfiguration<ApprovalRoute>
{
    public void Configure(EntityTypeBuilder<ApprovalRoute> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "ApprovalRoutes");
        builder.Property(r => r.Name).HasMaxLength(ApprovalRouteConsts.MaxNameLength).IsRequired();
        builder.Property(r => r.DocumentKind).HasMaxLength(ApprovalRouteConsts.MaxDocumentKindLength).IsRequired();
        builder.HasIndex(r => new { r.ZoneId, r.DocumentKind, r.Name }).IsUnique();

        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RouteId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ApprovalRouteStepConfiguration : IEntityTypeConfiguration<ApprovalRouteStep>
{
    public void Configure(EntityTypeBuilder<ApprovalRouteStep> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "ApprovalRouteSteps");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.NameZh).HasMaxLength(ApprovalRouteConsts.MaxNameLength).IsRequired();
        builder.Property(s => s.NameEn).HasMaxLength(ApprovalRouteConsts.MaxNameLength).IsRequired();
        builder.Property(s => s.RoleName).HasMaxLength(ApprovalRouteConsts.MaxRoleNameLength);
        builder.Property(s => s.EscalationRole).HasMaxLength(ApprovalRouteConsts.MaxRoleNameLength);
        builder.Property(s => s.UserIds).HasMaxLength(37 * ApprovalRouteConsts.MaxStepUsers).IsRequired();
        builder.Ignore(s => s.Users);
        builder.HasIndex(s => new { s.RouteId, s.Sequence });
    }
}
