using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.Zones;

namespace TalentReform.Identity;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(UserConsts.MaxNameLength).IsRequired();
        builder.Property(u => u.PhoneNumber).HasMaxLength(UserConsts.MaxPhoneNumberLength);
        builder.HasIndex(u => u.ZoneId);
        builder.HasOne<Zone>().WithMany().HasForeignKey(u => u.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}
