using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddWorkCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrWorkCalendarYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrWorkCalendarYears", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrWorkCalendarDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkCalendarYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrWorkCalendarDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrWorkCalendarDays_TrWorkCalendarYears_WorkCalendarYearId",
                        column: x => x.WorkCalendarYearId,
                        principalTable: "TrWorkCalendarYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrWorkCalendarDays_WorkCalendarYearId_Date",
                table: "TrWorkCalendarDays",
                columns: new[] { "WorkCalendarYearId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrWorkCalendarYears_Year",
                table: "TrWorkCalendarYears",
                column: "Year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrWorkCalendarDays");

            migrationBuilder.DropTable(
                name: "TrWorkCalendarYears");
        }
    }
}
