using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Talents;

internal sealed class TalentProfileConfiguration : IEntityTypeConfiguration<TalentProfile>
{
    public void Configure(EntityTypeBuilder<TalentProfile> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "TalentProfiles");
        builder.Property(p => p.Name).HasMaxLength(TalentProfileConsts.MaxNameLength).IsRequired();
        builder.Property(p => p.Employer).HasMaxLength(TalentProfileConsts.MaxEmployerLength);
        builder.Property(p => p.Field).HasMaxLength(TalentProfileConsts.MaxFieldLength);
        builder.Property(p => p.ContractYears).HasPrecision(5, 2);
        builder.Ignore(p => p.Facts);
        builder.HasIndex(p => new { p.ZoneId, p.Name });
        // One profile per user account (SQL Server filters out the nulls of profiles without an account).
        builder.HasIndex(p => p.UserId).IsUnique();
    }
}
