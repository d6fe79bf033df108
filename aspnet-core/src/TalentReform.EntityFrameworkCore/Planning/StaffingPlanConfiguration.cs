using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

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
        builder.HasIndex(p => new { p.ZoneId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.ZoneId, p.Status, p.EffectiveDate });

        // Changes belong to the plan (same aggregate).
        builder.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Changes).HasField("_changes").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        // Its approval is the engine's process (its own aggregate), read with the plan for its timeline. A plan that
        // went into approval is never deleted, so the process is never orphaned.
        builder.HasOne(p => p.Approval).WithMany().HasForeignKey(p => p.ApprovalProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Approval).AutoInclude();
        builder.Ignore(p => p.Steps);
        builder.Ignore(p => p.Decisions);
        builder.Ignore(p => p.Round);
        builder.Ignore(p => p.RouteName);
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.ChangeSpecs);
        builder.Ignore(p => p.StoredImpact);
        builder.Ignore(p => p.BaseVersions);
        builder.Ignore(p => p.StoredChangeNames);
        builder.Ignore(p => p.LastApplyFailure);
        builder.Ignore(p => p.CurrentSteps);
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
