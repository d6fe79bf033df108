using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Recruitment;

internal sealed class RecruitmentPublicityConfiguration : IEntityTypeConfiguration<RecruitmentPublicity>
{
    public void Configure(EntityTypeBuilder<RecruitmentPublicity> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "RecruitmentPublicities");
        builder.Property(p => p.Title).HasMaxLength(RecruitmentPublicityConsts.MaxTitleLength).IsRequired();
        builder.HasIndex(p => new { p.ZoneId, p.CampaignId });
        builder.HasOne<RecruitmentCampaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);

        // The proposed hires and the objections belong to the 公示 (same aggregate), read with it.
        builder.HasMany(p => p.Entries).WithOne().HasForeignKey(e => e.PublicityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(p => p.Objections).WithOne().HasForeignKey(o => o.PublicityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Objections).HasField("_objections").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class PublicityEntryConfiguration : IEntityTypeConfiguration<PublicityEntry>
{
    public void Configure(EntityTypeBuilder<PublicityEntry> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "RecruitmentPublicityEntries");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.CandidateName).HasMaxLength(ApplicationConsts.MaxCandidateNameLength).IsRequired();
        builder.HasIndex(e => e.ApplicationId);
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicityObjectionConfiguration : IEntityTypeConfiguration<PublicityObjection>
{
    public void Configure(EntityTypeBuilder<PublicityObjection> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "RecruitmentPublicityObjections");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.RaisedBy).HasMaxLength(RecruitmentPublicityConsts.MaxRaisedByLength).IsRequired();
        builder.Property(o => o.Content).HasMaxLength(RecruitmentPublicityConsts.MaxContentLength).IsRequired();
        builder.Property(o => o.ResolutionNote).HasMaxLength(RecruitmentPublicityConsts.MaxNoteLength);
        builder.HasIndex(o => o.ApplicationId);
    }
}
