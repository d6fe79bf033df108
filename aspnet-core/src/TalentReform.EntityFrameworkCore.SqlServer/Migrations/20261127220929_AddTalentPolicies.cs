using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddTalentPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrTalentPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    TitleZh = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Document = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RulesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrTalentPolicies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentPolicies_ZoneId_Code_Version",
                table: "TrTalentPolicies",
                columns: new[] { "ZoneId", "Code", "Version" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrTalentPolicies");
        }
    }
}
