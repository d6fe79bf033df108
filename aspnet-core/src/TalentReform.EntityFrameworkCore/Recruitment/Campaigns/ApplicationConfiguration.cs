using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentReform.EntityFrameworkCore;
using TalentReform.Staffing;

namespace TalentReform.Recruitment;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    private const int ScorePrecision = 3 + RecruitmentCampaignConsts.MaxScoreDecimals;

    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "Applications");
        builder.Property(a => a.CandidateName).HasMaxLength(ApplicationConsts.MaxCandidateNameLength).IsRequired();

        // Stored as Person's are (normalised, plain; masked where they leave the server by the [Personal] attributes).
        builder.Property(a => a.IdNumber).HasMaxLength(PersonConsts.IdNumberLength).IsRequired();
        builder.Property(a => a.Phone).HasMaxLength(ApplicationConsts.MaxPhoneLength);
        builder.Property(a => a.Major).HasMaxLength(ApplicationConsts.MaxMajorLength);
        builder.Property(a => a.ProfessionalTitle).HasMaxLength(ApplicationConsts.MaxProfessionalTitleLength);
        builder.Property(a => a.HouseholdRegistration).HasMaxLength(ApplicationConsts.MaxHouseholdRegistrationLength);
        builder.Property(a => a.StatusReason).HasMaxLength(ApplicationConsts.MaxReasonLength);
        builder.Property(a => a.WrittenScore).HasPrecision(ScorePrecision, RecruitmentCampaignConsts.MaxScoreDecimals);
        builder.Property(a => a.InterviewScore).HasPrecision(ScorePrecision, RecruitmentCampaignConsts.MaxScoreDecimals);
        builder.Property(a => a.TotalScore).HasPrecision(ScorePrecision, RecruitmentCampaignConsts.MaxScoreDecimals);
        builder.Ignore(a => a.Candidate);
        builder.Ignore(a => a.IsActive);
        builder.Ignore(a => a.NeedsAvoidanceReview);

        // Who scored (examiner ids), kept with the score as a JSON list: read with the application, never queried alone.
        builder.PrimitiveCollection(a => a.WrittenExaminerIds);
        builder.PrimitiveCollection(a => a.InterviewExaminerIds);
        builder.Property(a => a.AvoidanceReviewerName).HasMaxLength(256);
        builder.Property(a => a.AvoidanceReviewNote).HasMaxLength(ApplicationConsts.MaxReasonLength);

        // One application per 身份证号 per campaign: the check in ApplicationManager reads first, this index settles
        // two registrations racing past that read (the loser's save is a unique-key violation → 409).
        builder.HasIndex(a => new { a.CampaignId, a.IdNumber }).IsUnique();
        builder.HasIndex(a => new { a.CampaignId, a.PositionId, a.Stage });
        builder.HasOne<RecruitmentCampaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(a => a.Relatives).WithOne().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Relatives).HasField("_relatives").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class DeclaredRelativeConfiguration : IEntityTypeConfiguration<DeclaredRelative>
{
    public void Configure(EntityTypeBuilder<DeclaredRelative> builder)
    {
        builder.ToTable(TalentReformDbContext.TablePrefix + "ApplicationRelatives");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(ApplicationConsts.MaxRelativeNameLength).IsRequired();
        builder.Property(r => r.UnitName).HasMaxLength(ApplicationConsts.MaxRelativeUnitLength).IsRequired();
        builder.Ignore(r => r.Declaration);
    }
}
