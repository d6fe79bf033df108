using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Recruitment;

internal sealed class HireConfiguration : IEntityTypeConfiguration<Hire>
{
    public void Configure(EntityTypeBuilder<Hire> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "Hires");
        builder.Property(h => h.CandidateName).HasMaxLength(ApplicationConsts.MaxCandidateNameLength).IsRequired();

        // One hire per application: two hires of one application racing past the stage check meet here (→ 409).
        builder.HasIndex(h => h.ApplicationId).IsUnique();
        builder.HasIndex(h => new { h.ZoneId, h.CampaignId });
        builder.HasOne<Application>().WithMany().HasForeignKey(h => h.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
