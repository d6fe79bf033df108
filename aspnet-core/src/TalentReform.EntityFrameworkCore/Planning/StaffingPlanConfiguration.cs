using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;
using TalentReform.Planning.Approval;

namespace TalentReform.Planning;

internal sealed class StaffingPlanConfiguration : IEntityTypeConfiguration<StaffingPlan>
{
    public void Configure(EntityTypeBuilder<StaffingPlan> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "StaffingPlans");
        builder.Property(p => p.Number).HasMaxLength(StaffingPlanConsts.MaxNumberLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(StaffingPlanConsts.MaxTitleLength).IsRequired();
        builder.Property(p => p.Rationale).HasMaxLength(StaffingPlanConsts.MaxRationaleLength).IsRequired();
        builder.Property(p => p.CreatorName).HasMaxLength(64).IsRequired();
        builder.Property(p => p.RouteName).HasMaxLength(ApprovalRouteConsts.MaxNameLength);
        builder.HasIndex(p => new { p.ZoneId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.ZoneId, p.Status, p.EffectiveDate });

        // Changes, approval steps and decisions belong to the plan (same aggregate).
        builder.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Changes).HasField("_changes").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(p => p.Decisions).WithOne().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Decisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.ChangeSpecs);
        builder.Ignore(p => p.StoredImpact);
        builder.Ignore(p => p.BaseVersions);
        builder.Ignore(p => p.StoredChangeNames);
        builder.Ignore(p => p.LastApplyFailure);
        builder.Ignore(p => p.CurrentSteps);
        builder.Ignore(p => p.Parties);
    }
}

internal sealed class PlanChangeConfiguration : IEntityTypeConfiguration<PlanChange>
{
    public void Configure(EntityTypeBuilder<PlanChange> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "PlanChanges");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Payload).IsRequired();
        builder.Ignore(c => c.Spec);
        builder.HasIndex(c => new { c.PlanId, c.Sequence });
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
