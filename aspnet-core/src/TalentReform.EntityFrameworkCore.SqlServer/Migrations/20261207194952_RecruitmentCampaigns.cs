using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TitleZh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RecruitmentPlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "int", nullable: false),
                    MinRegistrationDays = table.Column<int>(type: "int", nullable: false),
                    RegistrationStart = table.Column<DateOnly>(type: "date", nullable: false),
                    RegistrationEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    AgeReferenceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WrittenExamOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InterviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MedicalOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PositionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Degree = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Major = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    ProfessionalTitle = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    YearsOfExperience = table.Column<int>(type: "int", nullable: false),
                    HouseholdRegistration = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PledgeSignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    WrittenScore = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: true),
                    InterviewScore = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: true),
                    TotalScore = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: true),
                    Rank = table.Column<int>(type: "int", nullable: true),
                    NeedsExtraTest = table.Column<bool>(type: "bit", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FailedAtStage = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    StatusReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReplacesApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ChangesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AmendedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmendedByName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AmendedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanLineId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Places = table.Column<int>(type: "int", nullable: false),
                    IsCancelled = table.Column<bool>(type: "bit", nullable: false),
                    MinimumDegree = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    MaxAge = table.Column<int>(type: "int", nullable: true),
                    ProfessionalTitle = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    MinYearsOfExperience = table.Column<int>(type: "int", nullable: true),
                    HouseholdRegistration = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Method = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WrittenWeightPercent = table.Column<int>(type: "int", nullable: true),
                    ScoreDecimals = table.Column<int>(type: "int", nullable: false),
                    ScoreRounding = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WrittenPassLine = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: true),
                    InterviewPassLine = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: false),
                    InterviewRatio = table.Column<int>(type: "int", nullable: true),
                    OpeningRatio = table.Column<int>(type: "int", nullable: true),
                    OpeningRatioShortfall = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ReplacementPolicy = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CheckOrder = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ProbationMonths = table.Column<int>(type: "int", nullable: false),
                    MinimumServiceYears = table.Column<int>(type: "int", nullable: true),
                    ExemptionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ExemptionApprovalReference = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    ExemptionApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpeningRatioQualifiedApplicants = table.Column<int>(type: "int", nullable: true),
                    PlacesBeforeOpeningRatio = table.Column<int>(type: "int", nullable: true),
                    OpeningRatioDecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OpeningRatioDecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Majors = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Relation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UnitName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    LeadsUnit = table.Column<bool>(type: "bit", nullable: false)
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
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

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
