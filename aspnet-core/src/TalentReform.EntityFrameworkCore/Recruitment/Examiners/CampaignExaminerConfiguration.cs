using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

internal sealed class CampaignExaminerConfiguration : IEntityTypeConfiguration<CampaignExaminer>
{
    public void Configure(EntityTypeBuilder<CampaignExaminer> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "CampaignExaminers");
        builder.Property(e => e.Code).HasMaxLength(ExaminerConsts.MaxCodeLength).IsRequired();
        builder.Property(e => e.Name).HasMaxLength(ExaminerConsts.MaxNameLength).IsRequired();

        // Stored as Person's are (normalised, plain; masked where they leave the server by the [Personal] attributes).
        builder.Property(e => e.IdNumber).HasMaxLength(PersonConsts.IdNumberLength).IsRequired();
        builder.Property(e => e.Organization).HasMaxLength(ExaminerConsts.MaxOrganizationLength);

        // One code per campaign: the check in the service reads first, this index settles a race (→ 409).
        builder.HasIndex(e => new { e.CampaignId, e.Code }).IsUnique();
        builder.HasOne<RecruitmentCampaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Relatives).WithOne().HasForeignKey(r => r.ExaminerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Relatives).HasField("_relatives").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ExaminerRelativeConfiguration : IEntityTypeConfiguration<ExaminerRelative>
{
    public void Configure(EntityTypeBuilder<ExaminerRelative> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "CampaignExaminerRelatives");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(ApplicationConsts.MaxRelativeNameLength).IsRequired();
        builder.Property(r => r.IdNumber).HasMaxLength(PersonConsts.IdNumberLength).IsRequired();
    }
}
