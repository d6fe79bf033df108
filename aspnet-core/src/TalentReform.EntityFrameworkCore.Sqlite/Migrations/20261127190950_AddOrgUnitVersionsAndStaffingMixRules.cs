using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddOrgUnitVersionsAndStaffingMixRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrOrgUnitVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrOrgUnitVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrStaffingMixRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MinShare = table.Column<double>(type: "REAL", nullable: true),
                    MaxShare = table.Column<double>(type: "REAL", nullable: true),
                    SeniorWeight = table.Column<int>(type: "INTEGER", nullable: true),
                    MiddleWeight = table.Column<int>(type: "INTEGER", nullable: true),
                    JuniorWeight = table.Column<int>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrStaffingMixRules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnitVersions_OrgUnitId_ValidFrom",
                table: "TrOrgUnitVersions",
                columns: new[] { "OrgUnitId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnitVersions_ZoneId_ValidFrom",
                table: "TrOrgUnitVersions",
                columns: new[] { "ZoneId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingMixRules_ZoneId_OrgUnitId",
                table: "TrStaffingMixRules",
                columns: new[] { "ZoneId", "OrgUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrOrgUnitVersions");

            migrationBuilder.DropTable(
                name: "TrStaffingMixRules");
        }
    }
}
