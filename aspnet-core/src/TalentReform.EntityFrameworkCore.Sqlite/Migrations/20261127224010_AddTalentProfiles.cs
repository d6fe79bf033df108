using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddTalentProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrTalentProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Degree = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DegreeDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArrivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EmployerInZone = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContractYears = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    SocialInsuranceMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OverseasExperience = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnsHomeInZone = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrTalentProfiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentProfiles_UserId",
                table: "TrTalentProfiles",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentProfiles_ZoneId_Name",
                table: "TrTalentProfiles",
                columns: new[] { "ZoneId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrTalentProfiles");
        }
    }
}
