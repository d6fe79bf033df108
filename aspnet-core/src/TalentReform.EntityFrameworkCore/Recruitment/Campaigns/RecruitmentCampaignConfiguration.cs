using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;

namespace TalentReform.Recruitment;

internal sealed class RecruitmentCampaignConfiguration : IEntityTypeConfiguration<RecruitmentCampaign>
{
    public void Configure(EntityTypeBuilder<RecruitmentCampaign> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "RecruitmentCampaigns");
        builder.Property(c => c.Code).HasMaxLength(RecruitmentCampaignConsts.MaxCodeLength).IsRequired();
        builder.Property(c => c.TitleZh).HasMaxLength(RecruitmentCampaignConsts.MaxTitleLength).IsRequired();
        builder.Property(c => c.TitleEn).HasMaxLength(RecruitmentCampaignConsts.MaxTitleLength);
        builder.Property(c => c.CancelReason).HasMaxLength(RecruitmentCampaignConsts.MaxReasonLength);
        builder.Ignore(c => c.EligibilityReferenceDate);

        // 公告编号 is unique in the zone; the index also settles two drafts created at once with one code.
        builder.HasIndex(c => new { c.ZoneId, c.Code }).IsUnique();
        builder.HasIndex(c => new { c.ZoneId, c.Year, c.Status });

        // Positions and amendments belong to the campaign (same aggregate), read with it.
        builder.HasMany(c => c.Positions).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Positions).HasField("_positions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(c => c.Amendments).WithOne().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Amendments).HasField("_amendments").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class CampaignPositionConfiguration : IEntityTypeConfiguration<CampaignPosition>
{
    // Scores and pass lines: 0–100 with at most MaxScoreDecimals places.
    private const int ScorePrecision = 3 + RecruitmentCampaignConsts.MaxScoreDecimals;

    public void Configure(EntityTypeBuilder<CampaignPosition> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "CampaignPositions");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(RecruitmentCampaignConsts.MaxPositionCodeLength).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(RecruitmentCampaignConsts.MaxPositionNameLength).IsRequired();
        builder.Property(p => p.ProfessionalTitle).HasMaxLength(RecruitmentCampaignConsts.MaxProfessionalTitleLength);
        builder.Property(p => p.HouseholdRegistration).HasMaxLength(RecruitmentCampaignConsts.MaxHouseholdRegistrationLength);
        builder.Property(p => p.WrittenPassLine).HasPrecision(ScorePrecision, RecruitmentCampaignConsts.MaxScoreDecimals);
        builder.Property(p => p.InterviewPassLine).HasPrecision(ScorePrecision, RecruitmentCampaignConsts.MaxScoreDecimals);
        builder.Property(p => p.ExemptionReason).HasMaxLength(RecruitmentCampaignConsts.MaxReasonLength);
        builder.Property(p => p.ExemptionApprovalReference).HasMaxLength(RecruitmentCampaignConsts.MaxApprovalReferenceLength);

        // The listed majors (不限 when empty) as one JSON column: read and written only with the position.
        builder.Ignore(p => p.Majors);
        builder.Property<List<string>>("_majors")
            .HasColumnName("Majors")
            .HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()))
            .IsRequired();

        builder.Ignore(p => p.Requirements);
        builder.Ignore(p => p.Scoring);
        builder.Ignore(p => p.Exemption);
        builder.Ignore(p => p.OpeningRatioDecided);
        builder.HasIndex(p => p.PlanLineId);
        builder.HasIndex(p => new { p.OrgUnitId, p.PostId });
    }
}

internal sealed class CampaignAmendmentConfiguration : IEntityTypeConfiguration<CampaignAmendment>
{
    public void Configure(EntityTypeBuilder<CampaignAmendment> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "CampaignAmendments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reason).HasMaxLength(RecruitmentCampaignConsts.MaxReasonLength).IsRequired();
        builder.Property(a => a.ChangesJson).IsRequired();
        builder.Property(a => a.AmendedByName).HasMaxLength(RecruitmentCampaignConsts.MaxUserNameLength).IsRequired();
        builder.Ignore(a => a.Changes);

        // Two 变更公告 saved at once cannot both take the next sequence number.
        builder.HasIndex(a => new { a.CampaignId, a.Sequence }).IsUnique();
    }
}
