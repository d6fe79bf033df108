using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Planning.Approval;

internal sealed class ApprovalProcessConfiguration : IEntityTypeConfiguration<ApprovalProcess>
{
    public void Configure(EntityTypeBuilder<ApprovalProcess> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "ApprovalProcesses");
        builder.Property(p => p.DocumentKind).HasMaxLength(ApprovalRouteConsts.MaxDocumentKindLength).IsRequired();
        builder.Property(p => p.DocumentNumber).HasMaxLength(StaffingPlanConsts.MaxNumberLength).IsRequired();
        builder.Property(p => p.DocumentTitle).HasMaxLength(StaffingPlanConsts.MaxTitleLength).IsRequired();
        builder.Property(p => p.RouteName).HasMaxLength(ApprovalRouteConsts.MaxNameLength);

        // One approval per document; statistics and the overdue sweep filter by kind and status.
        builder.HasIndex(p => new { p.DocumentKind, p.DocumentId }).IsUnique();
        builder.HasIndex(p => new { p.ZoneId, p.DocumentKind, p.Status });

        // Steps and decisions belong to the process (same aggregate).
        builder.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(p => p.Decisions).WithOne().HasForeignKey(d => d.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Decisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(p => p.CurrentSteps);
        builder.Ignore(p => p.Parties);
        builder.Ignore(p => p.IsRunning);
    }
}

internal sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "ApprovalSteps");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.NameZh).HasMaxLength(ApprovalRouteConsts.MaxNameLength).IsRequired();
        builder.Property(s => s.NameEn).HasMaxLength(ApprovalRouteConsts.MaxNameLength).IsRequired();
        builder.Property(s => s.AssigneeRole).HasMaxLength(ApprovalRouteConsts.MaxRoleNameLength);
        builder.Property(s => s.EscalationRole).HasMaxLength(ApprovalRouteConsts.MaxRoleNameLength);
        builder.Property(s => s.AssigneeUserIds).HasMaxLength(37 * ApprovalRouteConsts.MaxStepUsers).IsRequired();
        builder.Property(s => s.ApproverUserIds).HasMaxLength(4000).IsRequired();
        builder.Ignore(s => s.Approvers);
        builder.Ignore(s => s.AssigneeUsers);
        builder.Ignore(s => s.IsOnTime);

        // The inbox and the overdue job look for pending steps by due time.
        builder.HasIndex(s => new { s.Status, s.DueAt });
    }
}

internal sealed class ApprovalDecisionConfiguration : IEntityTypeConfiguration<ApprovalDecision>
{
    public void Configure(EntityTypeBuilder<ApprovalDecision> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "ApprovalDecisions");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.UserName).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Comment).HasMaxLength(StaffingPlanConsts.MaxCommentLength);
        builder.HasIndex(d => new { d.StepId, d.UserId }).IsUnique();
        builder.HasIndex(d => d.DecidedAt);
    }
}
