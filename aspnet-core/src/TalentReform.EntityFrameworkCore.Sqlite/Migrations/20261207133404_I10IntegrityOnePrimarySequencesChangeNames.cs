using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class I10IntegrityOnePrimarySequencesChangeNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangeNamesJson",
                table: "TrStaffingPlans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrSequences",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LastValue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrSequences", x => x.Name);
                });

            // Rows left by the race the index now prevents: the person's earliest active primary appointment stays
            // primary, any later one becomes a concurrent (non-primary) appointment, so the index can be built.
            migrationBuilder.Sql(
                """
                UPDATE TrAppointments SET IsPrimary = 0
                WHERE IsPrimary = 1 AND EndedOn IS NULL AND EXISTS (
                    SELECT 1 FROM TrAppointments AS other
                    WHERE other.PersonId = TrAppointments.PersonId AND other.IsPrimary = 1 AND other.EndedOn IS NULL
                      AND (other.CreationTime < TrAppointments.CreationTime
                           OR (other.CreationTime = TrAppointments.CreationTime AND other.Id < TrAppointments.Id)));
                """);

            migrationBuilder.CreateIndex(
                name: "UX_TrAppointments_PersonId_ActivePrimary",
                table: "TrAppointments",
                column: "PersonId",
                unique: true,
                filter: "IsPrimary = 1 AND EndedOn IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrSequences");

            migrationBuilder.DropIndex(
                name: "UX_TrAppointments_PersonId_ActivePrimary",
                table: "TrAppointments");

            migrationBuilder.DropColumn(
                name: "ChangeNamesJson",
                table: "TrStaffingPlans");
        }
    }
}
