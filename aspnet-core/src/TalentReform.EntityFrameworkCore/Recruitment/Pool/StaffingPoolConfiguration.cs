using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Recruitment;

internal sealed class StaffingPoolSlotConfiguration : IEntityTypeConfiguration<StaffingPoolSlot>
{
    public void Configure(EntityTypeBuilder<StaffingPoolSlot> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "StaffingPoolSlots");
        builder.Property(s => s.Code).HasMaxLength(StaffingPoolConsts.MaxSlotCodeLength).IsRequired();
        builder.Property(s => s.Name).HasMaxLength(StaffingPoolConsts.MaxSlotNameLength).IsRequired();
        builder.Property(s => s.SourceNote).HasMaxLength(StaffingPoolConsts.MaxSourceNoteLength).IsRequired();
        builder.HasIndex(s => new { s.ZoneId, s.Code }).IsUnique();
    }
}

internal sealed class PoolLoanConfiguration : IEntityTypeConfiguration<PoolLoan>
{
    /// <summary>
    /// The statuses in which a loan holds its slot (<see cref="PoolLoan.HoldsSlot"/>). Unquoted column and string
    /// literals: the same filter text is valid on SQLite and SQL Server.
    /// </summary>
    internal const string HoldsSlotFilter = "Status IN ('Requested', 'Approved', 'Active')";

    public void Configure(EntityTypeBuilder<PoolLoan> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "PoolLoans");
        builder.Property(l => l.Number).HasMaxLength(StaffingPoolConsts.MaxNumberLength).IsRequired();
        builder.Property(l => l.UnitName).HasMaxLength(RecruitmentPlanConsts.MaxUnitNameLength).IsRequired();
        builder.Property(l => l.HireName).HasMaxLength(StaffingPoolConsts.MaxPersonNameLength).IsRequired();
        builder.Property(l => l.ReturnPlan).HasMaxLength(StaffingPoolConsts.MaxReturnPlanLength).IsRequired();
        builder.Property(l => l.ReleaseReason).HasMaxLength(StaffingPoolConsts.MaxReasonLength);
        builder.Property(l => l.CreatorName).HasMaxLength(64).IsRequired();
        builder.HasIndex(l => new { l.ZoneId, l.Number }).IsUnique();
        builder.HasIndex(l => new { l.ZoneId, l.Status });

        // One slot, one open loan, held by the database too: two requests for one slot racing past the manager's
        // check cannot both commit (the second gets 409 from the unique violation).
        builder.HasIndex(l => l.SlotId).IsUnique().HasFilter(HoldsSlotFilter).HasDatabaseName("IX_TrPoolLoans_SlotId_Open");
        builder.HasIndex(l => new { l.SlotId, l.CreationTime });
        builder.HasOne<StaffingPoolSlot>().WithMany().HasForeignKey(l => l.SlotId).OnDelete(DeleteBehavior.Restrict);

        builder.HasOne(l => l.Approval).WithMany().HasForeignKey(l => l.ApprovalProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(l => l.Approval).AutoInclude();
        builder.Ignore(l => l.Title);
        builder.Ignore(l => l.HoldsSlot);
        builder.Ignore(l => l.Request);
    }
}
