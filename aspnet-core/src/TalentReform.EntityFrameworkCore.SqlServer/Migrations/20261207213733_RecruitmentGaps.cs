using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RecruitmentGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AvoidanceReviewNote",
                table: "TrApplications",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AvoidanceReviewedAt",
                table: "TrApplications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AvoidanceReviewedBy",
                table: "TrApplications",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AvoidanceReviewerName",
                table: "TrApplications",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterviewExaminerIds",
                table: "TrApplications",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "WrittenExaminerIds",
                table: "TrApplications",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AvoidanceFlag",
                table: "TrApplicationRelatives",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrCampaignExaminers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Organization = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrCampaignExaminers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrCampaignExaminers_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrCampaignExaminerRelatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExaminerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Relation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrCampaignExaminerRelatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrCampaignExaminerRelatives_TrCampaignExaminers_ExaminerId",
                        column: x => x.ExaminerId,
                        principalTable: "TrCampaignExaminers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignExaminerRelatives_ExaminerId",
                table: "TrCampaignExaminerRelatives",
                column: "ExaminerId");

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignExaminers_CampaignId_Code",
                table: "TrCampaignExaminers",
                columns: new[] { "CampaignId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrCampaignExaminerRelatives");

            migrationBuilder.DropTable(
                name: "TrCampaignExaminers");

            migrationBuilder.DropColumn(
                name: "AvoidanceReviewNote",
                table: "TrApplications");

            migrationBuilder.DropColumn(
                name: "AvoidanceReviewedAt",
                table: "TrApplications");

            migrationBuilder.DropColumn(
                name: "AvoidanceReviewedBy",
                table: "TrApplications");

            migrationBuilder.DropColumn(
                name: "AvoidanceReviewerName",
                table: "TrApplications");

            migrationBuilder.DropColumn(
                name: "InterviewExaminerIds",
                table: "TrApplications");

            migrationBuilder.DropColumn(
                name: "WrittenExaminerIds",
                table: "TrApplications");

            migrationBuilder.DropColumn(
                name: "AvoidanceFlag",
                table: "TrApplicationRelatives");
        }
    }
}
