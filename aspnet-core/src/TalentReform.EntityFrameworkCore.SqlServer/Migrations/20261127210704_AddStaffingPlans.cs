using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddStaffingPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrApprovalRoutes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IsDefault = table.Column<bool>(type: "bit", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApprovalRoutes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Arguments = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrStaffingPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Rationale = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatorName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Round = table.Column<int>(type: "int", nullable: false),
                    RouteName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AppliedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ImpactReportJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    BaseVersionsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ApplyFailureJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrStaffingPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrApprovalRouteSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RouteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AssigneeKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RoleName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UserIds = table.Column<string>(type: "nvarchar(740)", maxLength: 740, nullable: false),
                    CounterSign = table.Column<bool>(type: "bit", nullable: false),
                    TimeLimitWorkingDays = table.Column<int>(type: "int", nullable: false),
                    EscalationRole = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApprovalRouteSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrApprovalRouteSteps_TrApprovalRoutes_RouteId",
                        column: x => x.RouteId,
                        principalTable: "TrApprovalRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrApprovalDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StepId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OnTime = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApprovalDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrApprovalDecisions_TrStaffingPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TrStaffingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrApprovalSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Round = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AssigneeKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AssigneeRole = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AssigneeUserIds = table.Column<string>(type: "nvarchar(740)", maxLength: 740, nullable: false),
                    CounterSign = table.Column<bool>(type: "bit", nullable: false),
                    TimeLimitWorkingDays = table.Column<int>(type: "int", nullable: false),
                    EscalationRole = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ApproverUserIds = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    OverdueNotifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApprovalSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrApprovalSteps_TrStaffingPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TrStaffingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrPlanChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrPlanChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrPlanChanges_TrStaffingPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TrStaffingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalDecisions_DecidedAt",
                table: "TrApprovalDecisions",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalDecisions_PlanId",
                table: "TrApprovalDecisions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalDecisions_StepId_UserId",
                table: "TrApprovalDecisions",
                columns: new[] { "StepId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalRoutes_ZoneId_Name",
                table: "TrApprovalRoutes",
                columns: new[] { "ZoneId", "Name" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalRouteSteps_RouteId_Sequence",
                table: "TrApprovalRouteSteps",
                columns: new[] { "RouteId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalSteps_PlanId",
                table: "TrApprovalSteps",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalSteps_Status_DueAt",
                table: "TrApprovalSteps",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrNotifications_UserId_ReadAt_CreationTime",
                table: "TrNotifications",
                columns: new[] { "UserId", "ReadAt", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPlanChanges_PlanId_Sequence",
                table: "TrPlanChanges",
                columns: new[] { "PlanId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingPlans_ZoneId_Number",
                table: "TrStaffingPlans",
                columns: new[] { "ZoneId", "Number" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingPlans_ZoneId_Status_EffectiveDate",
                table: "TrStaffingPlans",
                columns: new[] { "ZoneId", "Status", "EffectiveDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrApprovalDecisions");

            migrationBuilder.DropTable(
                name: "TrApprovalRouteSteps");

            migrationBuilder.DropTable(
                name: "TrApprovalSteps");

            migrationBuilder.DropTable(
                name: "TrNotifications");

            migrationBuilder.DropTable(
                name: "TrPlanChanges");

            migrationBuilder.DropTable(
                name: "TrApprovalRoutes");

            migrationBuilder.DropTable(
                name: "TrStaffingPlans");
        }
    }
}
