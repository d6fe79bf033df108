using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ParentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Code = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ShortName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrOrgUnitVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrStaffingMixRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    MinShare = table.Column<double>(type: "float", nullable: true),
                    MaxShare = table.Column<double>(type: "float", nullable: true),
                    SeniorWeight = table.Column<int>(type: "int", nullable: true),
                    MiddleWeight = table.Column<int>(type: "int", nullable: true),
                    JuniorWeight = table.Column<int>(type: "int", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
