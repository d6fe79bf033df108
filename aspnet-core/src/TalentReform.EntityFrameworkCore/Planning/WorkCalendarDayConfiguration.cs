using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Planning;

internal sealed class WorkCalendarDayConfiguration : IEntityTypeConfiguration<WorkCalendarDay>
{
    public void Configure(EntityTypeBuilder<WorkCalendarDay> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "WorkCalendarDays");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(WorkCalendarConsts.MaxNameLength).IsRequired();
        builder.HasIndex(d => new { d.WorkCalendarYearId, d.Date }).IsUnique();
    }
}
