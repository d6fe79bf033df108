using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Staffing;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "Appointments");
        builder.Property(a => a.EndReason).HasMaxLength(AppointmentConsts.MaxEndReasonLength);
        builder.Ignore(a => a.IsActive);

        // Slot counting (occupied = active appointments per unit and type) and the one-primary rule.
        builder.HasIndex(a => new { a.OrgUnitId, a.StaffingType, a.EndedOn });
        builder.HasIndex(a => new { a.PersonId, a.EndedOn });
        builder.HasIndex(a => new { a.PostId, a.EndedOn });

        // One active primary appointment per person, held by the database too: two concurrent appointments each
        // check that the person has none before either saves, and only this index stops the second. The filter is
        // plain SQL that SQLite (partial index) and SQL Server (filtered index) both read.
        builder.HasIndex(a => a.PersonId)
            .IsUnique()
            .HasFilter("IsPrimary = 1 AND EndedOn IS NULL")
            .HasDatabaseName("UX_" + TalentReformDbContext.TablePrefix + "Appointments_PersonId_ActivePrimary");
    }
}
