using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Planning;

internal sealed class WorkCalendarYearConfiguration : IEntityTypeConfiguration<WorkCalendarYear>
{
    public void Configure(EntityTypeBuilder<WorkCalendarYear> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "WorkCalendarYears");
        builder.HasIndex(y => y.Year).IsUnique();

        // The special days belong to the year (same aggregate): loaded with it, replaced and deleted with it.
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.WorkCalendarYearId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(y => y.Days).HasField("_days").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
