using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Staffing;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "Persons");
        builder.Property(p => p.Name).HasMaxLength(PersonConsts.MaxNameLength).IsRequired();
        builder.Property(p => p.IdNumber).HasMaxLength(PersonConsts.IdNumberLength).IsRequired();
        builder.Property(p => p.School).HasMaxLength(PersonConsts.MaxSchoolLength);
        builder.Property(p => p.Major).HasMaxLength(PersonConsts.MaxMajorLength);
        builder.Property(p => p.ProfessionalTitle).HasMaxLength(PersonConsts.MaxProfessionalTitleLength);
        builder.Property(p => p.Phone).HasMaxLength(PersonConsts.MaxPhoneLength);
        builder.HasIndex(p => new { p.ZoneId, p.IdNumber }).IsUnique();
        builder.HasIndex(p => new { p.ZoneId, p.Name });
    }
}
