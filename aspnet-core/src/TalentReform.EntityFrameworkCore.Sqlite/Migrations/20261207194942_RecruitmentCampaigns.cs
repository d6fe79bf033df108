using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecruitmentCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrRecruitmentCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RecruitmentPlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MinRegistrationDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegistrationEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgeReferenceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WrittenExamOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InterviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MedicalOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Degree = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Major = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ProfessionalTitle = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    YearsOfExperience = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdRegistration = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PledgeSignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WrittenScore = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    InterviewScore = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    TotalScore = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    NeedsExtraTest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FailedAtStage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReplacesApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrApplications_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrCampaignAmendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ChangesJson = table.Column<string>(type: "TEXT", nullable: false),
                    AmendedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmendedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AmendedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrCampaignAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrCampaignAmendments_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrCampaignPositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffingType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinimumDegree = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: true),
                    ProfessionalTitle = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MinYearsOfExperience = table.Column<int>(type: "INTEGER", nullable: true),
                    HouseholdRegistration = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WrittenWeightPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    ScoreDecimals = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoreRounding = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WrittenPassLine = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    InterviewPassLine = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: false),
                    InterviewRatio = table.Column<int>(type: "INTEGER", nullable: true),
                    OpeningRatio = table.Column<int>(type: "INTEGER", nullable: true),
                    OpeningRatioShortfall = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReplacementPolicy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CheckOrder = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProbationMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumServiceYears = table.Column<int>(type: "INTEGER", nullable: true),
                    ExemptionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExemptionApprovalReference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ExemptionApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpeningRatioQualifiedApplicants = table.Column<int>(type: "INTEGER", nullable: true),
                    PlacesBeforeOpeningRatio = table.Column<int>(type: "INTEGER", nullable: true),
                    OpeningRatioDecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpeningRatioDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Majors = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrCampaignPositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrCampaignPositions_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrApplicationRelatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LeadsUnit = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApplicationRelatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrApplicationRelatives_TrApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "TrApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrApplicationRelatives_ApplicationId",
                table: "TrApplicationRelatives",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrApplications_CampaignId_IdNumber",
                table: "TrApplications",
                columns: new[] { "CampaignId", "IdNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrApplications_CampaignId_PositionId_Stage",
                table: "TrApplications",
                columns: new[] { "CampaignId", "PositionId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignAmendments_CampaignId_Sequence",
                table: "TrCampaignAmendments",
                columns: new[] { "CampaignId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignPositions_CampaignId",
                table: "TrCampaignPositions",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignPositions_OrgUnitId_PostId",
                table: "TrCampaignPositions",
                columns: new[] { "OrgUnitId", "PostId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignPositions_PlanLineId",
                table: "TrCampaignPositions",
                column: "PlanLineId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentCampaigns_ZoneId_Code",
                table: "TrRecruitmentCampaigns",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentCampaigns_ZoneId_Year_Status",
                table: "TrRecruitmentCampaigns",
                columns: new[] { "ZoneId", "Year", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrApplicationRelatives");

            migrationBuilder.DropTable(
                name: "TrCampaignAmendments");

            migrationBuilder.DropTable(
                name: "TrCampaignPositions");

            migrationBuilder.DropTable(
                name: "TrApplications");

            migrationBuilder.DropTable(
                name: "TrRecruitmentCampaigns");
        }
    }
}
