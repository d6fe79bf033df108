using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TalentTiersPoliciesInstallments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PublishedAt",
                table: "TrTalentPolicies",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReassessGranted",
                table: "TrTalentPolicies",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Failure",
                table: "TrMatchingRuns",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StartedBy",
                table: "TrMatchingRuns",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ClawbackAmount",
                table: "TrEntitlements",
                type: "decimal(14,2)",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClawbackReason",
                table: "TrEntitlements",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CommitmentYears",
                table: "TrEntitlements",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConfirmedAt",
                table: "TrEntitlements",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "TrEntitlements",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "FactsJson",
                table: "TrEntitlements",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftOn",
                table: "TrEntitlements",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrInstallments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntitlementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VoucherNo = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SuspendReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrInstallments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrInstallments_TrEntitlements_EntitlementId",
                        column: x => x.EntitlementId,
                        principalTable: "TrEntitlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrTalentCertifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CertifyingBody = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    CertifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateNo = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AppliedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrTalentCertifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrTalentTiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Level = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CriteriaZh = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CriteriaEn = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrTalentTiers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrInstallments_EntitlementId",
                table: "TrInstallments",
                column: "EntitlementId");

            migrationBuilder.CreateIndex(
                name: "IX_TrInstallments_Status_DueOn",
                table: "TrInstallments",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentCertifications_ZoneId_CertificateNo",
                table: "TrTalentCertifications",
                columns: new[] { "ZoneId", "CertificateNo" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentCertifications_ZoneId_ProfileId",
                table: "TrTalentCertifications",
                columns: new[] { "ZoneId", "ProfileId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentTiers_ZoneId_Level",
                table: "TrTalentTiers",
                columns: new[] { "ZoneId", "Level" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrInstallments");

            migrationBuilder.DropTable(
                name: "TrTalentCertifications");

            migrationBuilder.DropTable(
                name: "TrTalentTiers");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "TrTalentPolicies");

            migrationBuilder.DropColumn(
                name: "ReassessGranted",
                table: "TrTalentPolicies");

            migrationBuilder.DropColumn(
                name: "Failure",
                table: "TrMatchingRuns");

            migrationBuilder.DropColumn(
                name: "StartedBy",
                table: "TrMatchingRuns");

            migrationBuilder.DropColumn(
                name: "ClawbackAmount",
                table: "TrEntitlements");

            migrationBuilder.DropColumn(
                name: "ClawbackReason",
                table: "TrEntitlements");

            migrationBuilder.DropColumn(
                name: "CommitmentYears",
                table: "TrEntitlements");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "TrEntitlements");

            migrationBuilder.DropColumn(
                name: "DecidedOn",
                table: "TrEntitlements");

            migrationBuilder.DropColumn(
                name: "FactsJson",
                table: "TrEntitlements");

            migrationBuilder.DropColumn(
                name: "LeftOn",
                table: "TrEntitlements");
        }
    }
}
