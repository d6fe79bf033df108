using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ApprovalEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TrApprovalDecisions_TrStaffingPlans_PlanId",
                table: "TrApprovalDecisions");

            migrationBuilder.DropForeignKey(
                name: "FK_TrApprovalSteps_TrStaffingPlans_PlanId",
                table: "TrApprovalSteps");

            migrationBuilder.DropIndex(
                name: "IX_TrApprovalRoutes_ZoneId_Name",
                table: "TrApprovalRoutes");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "TrStaffingPlans");

            migrationBuilder.DropColumn(
                name: "RouteName",
                table: "TrStaffingPlans");

            migrationBuilder.RenameColumn(
                name: "SubmitterId",
                table: "TrStaffingPlans",
                newName: "ApprovalProcessId");

            migrationBuilder.RenameColumn(
                name: "PlanId",
                table: "TrNotifications",
                newName: "DocumentId");

            migrationBuilder.RenameColumn(
                name: "PlanId",
                table: "TrApprovalSteps",
                newName: "ProcessId");

            migrationBuilder.RenameIndex(
                name: "IX_TrApprovalSteps_PlanId",
                table: "TrApprovalSteps",
                newName: "IX_TrApprovalSteps_ProcessId");

            migrationBuilder.RenameColumn(
                name: "PlanId",
                table: "TrApprovalDecisions",
                newName: "ProcessId");

            migrationBuilder.RenameIndex(
                name: "IX_TrApprovalDecisions_PlanId",
                table: "TrApprovalDecisions",
                newName: "IX_TrApprovalDecisions_ProcessId");

            migrationBuilder.AddColumn<string>(
                name: "DocumentKind",
                table: "TrNotifications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentKind",
                table: "TrApprovalRoutes",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "TrApprovalProcesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DocumentTitle = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DrafterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmitterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    RouteName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApprovalProcesses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingPlans_ApprovalProcessId",
                table: "TrStaffingPlans",
                column: "ApprovalProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalRoutes_ZoneId_DocumentKind_Name",
                table: "TrApprovalRoutes",
                columns: new[] { "ZoneId", "DocumentKind", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalProcesses_DocumentKind_DocumentId",
                table: "TrApprovalProcesses",
                columns: new[] { "DocumentKind", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalProcesses_ZoneId_DocumentKind_Status",
                table: "TrApprovalProcesses",
                columns: new[] { "ZoneId", "DocumentKind", "Status" });

            migrationBuilder.AddForeignKey(
                name: "FK_TrApprovalDecisions_TrApprovalProcesses_ProcessId",
                table: "TrApprovalDecisions",
                column: "ProcessId",
                principalTable: "TrApprovalProcesses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_TrApprovalSteps_TrApprovalProcesses_ProcessId",
                table: "TrApprovalSteps",
                column: "ProcessId",
                principalTable: "TrApprovalProcesses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_TrStaffingPlans_TrApprovalProcesses_ApprovalProcessId",
                table: "TrStaffingPlans",
                column: "ApprovalProcessId",
                principalTable: "TrApprovalProcesses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TrApprovalDecisions_TrApprovalProcesses_ProcessId",
                table: "TrApprovalDecisions");

            migrationBuilder.DropForeignKey(
                name: "FK_TrApprovalSteps_TrApprovalProcesses_ProcessId",
                table: "TrApprovalSteps");

            migrationBuilder.DropForeignKey(
                name: "FK_TrStaffingPlans_TrApprovalProcesses_ApprovalProcessId",
                table: "TrStaffingPlans");

            migrationBuilder.DropTable(
                name: "TrApprovalProcesses");

            migrationBuilder.DropIndex(
                name: "IX_TrStaffingPlans_ApprovalProcessId",
                table: "TrStaffingPlans");

            migrationBuilder.DropIndex(
                name: "IX_TrApprovalRoutes_ZoneId_DocumentKind_Name",
                table: "TrApprovalRoutes");

            migrationBuilder.DropColumn(
                name: "DocumentKind",
                table: "TrNotifications");

            migrationBuilder.DropColumn(
                name: "DocumentKind",
                table: "TrApprovalRoutes");

            migrationBuilder.RenameColumn(
                name: "ApprovalProcessId",
                table: "TrStaffingPlans",
                newName: "SubmitterId");

            migrationBuilder.RenameColumn(
                name: "DocumentId",
                table: "TrNotifications",
                newName: "PlanId");

            migrationBuilder.RenameColumn(
                name: "ProcessId",
                table: "TrApprovalSteps",
                newName: "PlanId");

            migrationBuilder.RenameIndex(
                name: "IX_TrApprovalSteps_ProcessId",
                table: "TrApprovalSteps",
                newName: "IX_TrApprovalSteps_PlanId");

            migrationBuilder.RenameColumn(
                name: "ProcessId",
                table: "TrApprovalDecisions",
                newName: "PlanId");

            migrationBuilder.RenameIndex(
                name: "IX_TrApprovalDecisions_ProcessId",
                table: "TrApprovalDecisions",
                newName: "IX_TrApprovalDecisions_PlanId");

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "TrStaffingPlans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RouteName",
                table: "TrStaffingPlans",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalRoutes_ZoneId_Name",
                table: "TrApprovalRoutes",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_TrApprovalDecisions_TrStaffingPlans_PlanId",
                table: "TrApprovalDecisions",
                column: "PlanId",
                principalTable: "TrStaffingPlans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_TrApprovalSteps_TrStaffingPlans_PlanId",
                table: "TrApprovalSteps",
                column: "PlanId",
                principalTable: "TrStaffingPlans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
