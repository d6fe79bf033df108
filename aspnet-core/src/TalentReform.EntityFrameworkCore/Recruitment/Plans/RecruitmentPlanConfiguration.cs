using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Recruitment;

internal sealed class RecruitmentPlanConfiguration : IEntityTypeConfiguration<RecruitmentPlan>
{
    public void Configure(EntityTypeBuilder<RecruitmentPlan> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "RecruitmentPlans");
        builder.Property(p => p.Number).HasMaxLength(RecruitmentPlanConsts.MaxNumberLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(RecruitmentPlanConsts.MaxTitleLength).IsRequired();
        builder.Property(p => p.CreatorName).HasMaxLength(64).IsRequired();
        builder.Property(p => p.FilingNumber).HasMaxLength(RecruitmentPlanConsts.MaxFilingNumberLength);
        builder.HasIndex(p => new { p.ZoneId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.ZoneId, p.Year, p.Status });

        // Lines belong to the plan (same aggregate).
        builder.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        // The engine's process (its own aggregate), read with the plan; a plan that went into approval is never deleted.
        builder.HasOne(p => p.Approval).WithMany().HasForeignKey(p => p.ApprovalProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Approval).AutoInclude();
        builder.Ignore(p => p.TotalPlaces);
        builder.Ignore(p => p.ReservesPlaces);
        builder.Ignore(p => p.IsEditable);
    }
}

internal sealed class RecruitmentPlanLineConfiguration : IEntityTypeConfiguration<RecruitmentPlanLine>
{
    public void Configure(EntityTypeBuilder<RecruitmentPlanLine> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "RecruitmentPlanLines");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.UnitName).HasMaxLength(RecruitmentPlanConsts.MaxUnitNameLength).IsRequired();
        builder.Property(l => l.PostTitle).HasMaxLength(RecruitmentPlanConsts.MaxPostTitleLength);
        builder.Property(l => l.Note).HasMaxLength(RecruitmentPlanConsts.MaxNoteLength).IsRequired();
        builder.Ignore(l => l.Spec);
        builder.HasIndex(l => new { l.PlanId, l.Sequence });
        builder.HasIndex(l => new { l.OrgUnitId, l.StaffingType });
    }
}
