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
        builder.Property(a => a.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        builder.Ignore(a => a.IsActive);

        // Slot counting (occupied = active appointments per unit and type) and the one-primary rule.
        builder.HasIndex(a => new { a.OrgUnitId, a.StaffingType, a.EndedOn });
        builder.HasIndex(a => new { a.PersonId, a.EndedOn });
        builder.HasIndex(a => new { a.PostId, a.EndedOn });
    }
}
