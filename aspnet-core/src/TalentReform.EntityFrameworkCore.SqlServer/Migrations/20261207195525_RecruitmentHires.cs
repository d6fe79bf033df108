using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RecruitmentHires : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrHires",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PositionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeatKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PoolLoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ContractMonths = table.Column<int>(type: "int", nullable: false),
                    FirstEmployment = table.Column<bool>(type: "bit", nullable: false),
                    ProbationMonths = table.Column<int>(type: "int", nullable: false),
                    ProbationBasis = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ProbationEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MinimumServiceYears = table.Column<int>(type: "int", nullable: true),
                    MinimumServiceEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TalentProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HiredBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NoticePublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrHires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrHires_TrApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "TrApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatorName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FilingNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ApprovalProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPlans_TrApprovalProcesses_ApprovalProcessId",
                        column: x => x.ApprovalProcessId,
                        principalTable: "TrApprovalProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPublicities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WorkingDays = table.Column<int>(type: "int", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPublicities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPublicities_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrStaffingPoolSlots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CurrentLoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrStaffingPoolSlots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPlanLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PostTitle = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Places = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPlanLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPlanLines_TrRecruitmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TrRecruitmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPublicityEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PublicityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PositionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPublicityEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPublicityEntries_TrApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "TrApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPublicityEntries_TrRecruitmentPublicities_PublicityId",
                        column: x => x.PublicityId,
                        principalTable: "TrRecruitmentPublicities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPublicityObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PublicityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RaisedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Resolution = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ResolutionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ResolvedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPublicityObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPublicityObjections_TrRecruitmentPublicities_PublicityId",
                        column: x => x.PublicityId,
                        principalTable: "TrRecruitmentPublicities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrPoolLoans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SlotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    BorrowingUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    HireName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Justification = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Tier = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ShortagePostId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TermMonths = table.Column<int>(type: "int", nullable: false),
                    ExpectedReturnDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnPlan = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatorName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AppointmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnPostId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReturnAppointmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReleasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReleaseReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ApprovalProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrPoolLoans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrPoolLoans_TrApprovalProcesses_ApprovalProcessId",
                        column: x => x.ApprovalProcessId,
                        principalTable: "TrApprovalProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrPoolLoans_TrStaffingPoolSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "TrStaffingPoolSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrHires_ApplicationId",
                table: "TrHires",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrHires_ZoneId_CampaignId",
                table: "TrHires",
                columns: new[] { "ZoneId", "CampaignId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_ApprovalProcessId",
                table: "TrPoolLoans",
                column: "ApprovalProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_SlotId_CreationTime",
                table: "TrPoolLoans",
                columns: new[] { "SlotId", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_SlotId_Open",
                table: "TrPoolLoans",
                column: "SlotId",
                unique: true,
                filter: "Status IN ('Requested', 'Approved', 'Active')");

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_ZoneId_Number",
                table: "TrPoolLoans",
                columns: new[] { "ZoneId", "Number" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_ZoneId_Status",
                table: "TrPoolLoans",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlanLines_OrgUnitId_StaffingType",
                table: "TrRecruitmentPlanLines",
                columns: new[] { "OrgUnitId", "StaffingType" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlanLines_PlanId_Sequence",
                table: "TrRecruitmentPlanLines",
                columns: new[] { "PlanId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlans_ApprovalProcessId",
                table: "TrRecruitmentPlans",
                column: "ApprovalProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlans_ZoneId_Number",
                table: "TrRecruitmentPlans",
                columns: new[] { "ZoneId", "Number" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlans_ZoneId_Year_Status",
                table: "TrRecruitmentPlans",
                columns: new[] { "ZoneId", "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicities_CampaignId",
                table: "TrRecruitmentPublicities",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicities_ZoneId_CampaignId",
                table: "TrRecruitmentPublicities",
                columns: new[] { "ZoneId", "CampaignId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicityEntries_ApplicationId",
                table: "TrRecruitmentPublicityEntries",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicityEntries_PublicityId",
                table: "TrRecruitmentPublicityEntries",
                column: "PublicityId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicityObjections_ApplicationId",
                table: "TrRecruitmentPublicityObjections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicityObjections_PublicityId",
                table: "TrRecruitmentPublicityObjections",
                column: "PublicityId");

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingPoolSlots_ZoneId_Code",
                table: "TrStaffingPoolSlots",
                columns: new[] { "ZoneId", "Code" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrHires");

            migrationBuilder.DropTable(
                name: "TrPoolLoans");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPlanLines");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPublicityEntries");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPublicityObjections");

            migrationBuilder.DropTable(
                name: "TrStaffingPoolSlots");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPlans");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPublicities");
        }
    }
}
