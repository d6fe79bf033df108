using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddDefaultGrantRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrDefaultGrantRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PermissionName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrDefaultGrantRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrDefaultGrantRecords_RoleName_PermissionName",
                table: "TrDefaultGrantRecords",
                columns: new[] { "RoleName", "PermissionName" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrDefaultGrantRecords");
        }
    }
}
