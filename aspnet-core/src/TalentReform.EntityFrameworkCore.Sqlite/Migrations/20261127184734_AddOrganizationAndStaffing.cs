using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddOrganizationAndStaffing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrAppointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffingType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsPrimary = table.Column<bool>(type: "INTEGER", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrAppointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrLeadershipQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Heads = table.Column<int>(type: "INTEGER", nullable: false),
                    Deputies = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrLeadershipQuotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrOrgUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovalDocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApprovalDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsAbolished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrOrgUnits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Degree = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    School = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Major = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ProfessionalTitle = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SealedStatus = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrPersons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    StaffingType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LeadershipRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Fte = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrStaffingQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffingType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Approved = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrStaffingQuotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrZoneStaffingQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StaffingType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Approved = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrZoneStaffingQuotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrOrgUnitFunctions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrOrgUnitFunctions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrOrgUnitFunctions_TrOrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "TrOrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrPostDutyClauses",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FunctionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrPostDutyClauses", x => new { x.PostId, x.FunctionId });
                    table.ForeignKey(
                        name: "FK_TrPostDutyClauses_TrPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "TrPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrAppointments_OrgUnitId_StaffingType_EndedOn",
                table: "TrAppointments",
                columns: new[] { "OrgUnitId", "StaffingType", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrAppointments_PersonId_EndedOn",
                table: "TrAppointments",
                columns: new[] { "PersonId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrAppointments_PostId_EndedOn",
                table: "TrAppointments",
                columns: new[] { "PostId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrLeadershipQuotas_OrgUnitId",
                table: "TrLeadershipQuotas",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnitFunctions_OrgUnitId_Number",
                table: "TrOrgUnitFunctions",
                columns: new[] { "OrgUnitId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnits_ZoneId_Code",
                table: "TrOrgUnits",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnits_ZoneId_ParentId",
                table: "TrOrgUnits",
                columns: new[] { "ZoneId", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPersons_ZoneId_IdNumber",
                table: "TrPersons",
                columns: new[] { "ZoneId", "IdNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrPersons_ZoneId_Name",
                table: "TrPersons",
                columns: new[] { "ZoneId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPostDutyClauses_FunctionId",
                table: "TrPostDutyClauses",
                column: "FunctionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrPosts_OrgUnitId_LeadershipRole",
                table: "TrPosts",
                columns: new[] { "OrgUnitId", "LeadershipRole" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPosts_ZoneId_Code",
                table: "TrPosts",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingQuotas_OrgUnitId_StaffingType",
                table: "TrStaffingQuotas",
                columns: new[] { "OrgUnitId", "StaffingType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingQuotas_ZoneId_StaffingType",
                table: "TrStaffingQuotas",
                columns: new[] { "ZoneId", "StaffingType" });

            migrationBuilder.CreateIndex(
                name: "IX_TrZoneStaffingQuotas_ZoneId_StaffingType",
                table: "TrZoneStaffingQuotas",
                columns: new[] { "ZoneId", "StaffingType" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrAppointments");

            migrationBuilder.DropTable(
                name: "TrLeadershipQuotas");

            migrationBuilder.DropTable(
                name: "TrOrgUnitFunctions");

            migrationBuilder.DropTable(
                name: "TrPersons");

            migrationBuilder.DropTable(
                name: "TrPostDutyClauses");

            migrationBuilder.DropTable(
                name: "TrStaffingQuotas");

            migrationBuilder.DropTable(
                name: "TrZoneStaffingQuotas");

            migrationBuilder.DropTable(
                name: "TrOrgUnits");

            migrationBuilder.DropTable(
                name: "TrPosts");
        }
    }
}
