using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TalentTiersPoliciesInstallments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PublishedAt",
                table: "TrTalentPolicies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ReassessGranted",
                table: "TrTalentPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Failure",
                table: "TrMatchingRuns",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StartedBy",
                table: "TrMatchingRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ClawbackAmount",
                table: "TrEntitlements",
                type: "TEXT",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClawbackReason",
                table: "TrEntitlements",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CommitmentYears",
                table: "TrEntitlements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ConfirmedAt",
                table: "TrEntitlements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "TrEntitlements",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "FactsJson",
                table: "TrEntitlements",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftOn",
                table: "TrEntitlements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrInstallments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntitlementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VoucherNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SuspendReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CertifyingBody = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CertifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrTalentCertifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrTalentTiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CriteriaZh = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CriteriaEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
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
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentCertifications_ZoneId_ProfileId",
                table: "TrTalentCertifications",
                columns: new[] { "ZoneId", "ProfileId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentTiers_ZoneId_Level",
                table: "TrTalentTiers",
                columns: new[] { "ZoneId", "Level" },
                unique: true);
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
