using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentReform.EntityFrameworkCore.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrAppointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    IsPrimary = table.Column<bool>(type: "bit", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrAppointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrApprovalProcesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DocumentKind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DocumentTitle = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    DrafterId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmitterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Round = table.Column<int>(type: "int", nullable: false),
                    RouteName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApprovalProcesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrApprovalRoutes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DocumentKind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IsDefault = table.Column<bool>(type: "bit", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApprovalRoutes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrAuditLogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Time = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(129)", maxLength: 129, nullable: false),
                    ChangeType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrAuditLogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrDefaultGrantRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoleName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PermissionName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrDefaultGrantRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrEntitlements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PolicyVersion = table.Column<int>(type: "int", nullable: false),
                    RuleCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    PaymentsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FactsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RevokeReason = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CommitmentYears = table.Column<int>(type: "int", nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClawbackAmount = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: true),
                    ClawbackReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrEntitlements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrLeadershipQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Heads = table.Column<int>(type: "int", nullable: false),
                    Deputies = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrLeadershipQuotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrMatchingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Processed = table.Column<int>(type: "int", nullable: false),
                    Created = table.Column<int>(type: "int", nullable: false),
                    Changed = table.Column<int>(type: "int", nullable: false),
                    Revoked = table.Column<int>(type: "int", nullable: false),
                    StartedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Failure = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrMatchingRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DocumentKind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Arguments = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrOrgUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ParentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Code = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ShortName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    ApprovalDocumentNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ApprovalDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    IsAbolished = table.Column<bool>(type: "bit", nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrOrgUnits", x => x.Id);
                });

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
                name: "TrPermissionGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ProviderName = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrPermissionGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Gender = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Degree = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    School = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Major = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    ProfessionalTitle = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SealedStatus = table.Column<bool>(type: "bit", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrPersons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TitleZh = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Level = table.Column<int>(type: "int", nullable: true),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LeadershipRole = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Fte = table.Column<decimal>(type: "decimal(4,2)", precision: 4, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TitleZh = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RecruitmentPlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "int", nullable: false),
                    MinRegistrationDays = table.Column<int>(type: "int", nullable: false),
                    RegistrationStart = table.Column<DateOnly>(type: "date", nullable: false),
                    RegistrationEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    AgeReferenceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WrittenExamOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InterviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MedicalOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrSequences",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    LastValue = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrSequences", x => x.Name);
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

            migrationBuilder.CreateTable(
                name: "TrStaffingPoolSlots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CurrentLoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrStaffingPoolSlots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrStaffingQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Approved = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrStaffingQuotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrTalentCertifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CertifyingBody = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    CertifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateNo = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AppliedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrTalentCertifications", x => x.Id);
                });

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
                    ReassessGranted = table.Column<bool>(type: "bit", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RulesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrTalentPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrTalentProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Employer = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Degree = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    DegreeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ArrivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmployerInZone = table.Column<bool>(type: "bit", nullable: false),
                    ContractYears = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    SocialInsuranceMonths = table.Column<int>(type: "int", nullable: true),
                    Tier = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Field = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    OverseasExperience = table.Column<bool>(type: "bit", nullable: false),
                    OwnsHomeInZone = table.Column<bool>(type: "bit", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrTalentProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrTalentTiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Level = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CriteriaZh = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CriteriaEn = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrTalentTiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrWorkCalendarYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrWorkCalendarYears", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrZones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Province = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrZones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrZoneStaffingQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Approved = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrZoneStaffingQuotas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrApprovalDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
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
                        name: "FK_TrApprovalDecisions_TrApprovalProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "TrApprovalProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrApprovalSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
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
                        name: "FK_TrApprovalSteps_TrApprovalProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "TrApprovalProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatorName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FilingNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ApprovalProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPlans_TrApprovalProcesses_ApprovalProcessId",
                        column: x => x.ApprovalProcessId,
                        principalTable: "TrApprovalProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AppliedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ImpactReportJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ChangeNamesJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    BaseVersionsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ApplyFailureJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ApprovalProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrStaffingPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrStaffingPlans_TrApprovalProcesses_ApprovalProcessId",
                        column: x => x.ApprovalProcessId,
                        principalTable: "TrApprovalProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "TrAuditLogChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuditLogId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PropertyName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    OriginalValue = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    NewValue = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrAuditLogChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrAuditLogChanges_TrAuditLogs_AuditLogId",
                        column: x => x.AuditLogId,
                        principalTable: "TrAuditLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrInstallments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EntitlementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VoucherNo = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SuspendReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrInstallments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrInstallments_TrEntitlements_EntitlementId",
                        column: x => x.EntitlementId,
                        principalTable: "TrEntitlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrOrgUnitFunctions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
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
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FunctionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "TrApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PositionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Degree = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Major = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    ProfessionalTitle = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    YearsOfExperience = table.Column<int>(type: "int", nullable: false),
                    HouseholdRegistration = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PledgeSignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    WrittenScore = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: true),
                    InterviewScore = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: true),
                    WrittenExaminerIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InterviewExaminerIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TotalScore = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: true),
                    Rank = table.Column<int>(type: "int", nullable: true),
                    NeedsExtraTest = table.Column<bool>(type: "bit", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FailedAtStage = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    StatusReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReplacesApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AvoidanceReviewedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AvoidanceReviewedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AvoidanceReviewerName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AvoidanceReviewNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrApplications_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrCampaignAmendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ChangesJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AmendedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AmendedByName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AmendedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrCampaignAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrCampaignAmendments_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrCampaignExaminers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Organization = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrCampaignExaminers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrCampaignExaminers_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrCampaignPositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanLineId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Places = table.Column<int>(type: "int", nullable: false),
                    IsCancelled = table.Column<bool>(type: "bit", nullable: false),
                    MinimumDegree = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    MaxAge = table.Column<int>(type: "int", nullable: true),
                    ProfessionalTitle = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    MinYearsOfExperience = table.Column<int>(type: "int", nullable: true),
                    HouseholdRegistration = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Method = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WrittenWeightPercent = table.Column<int>(type: "int", nullable: true),
                    ScoreDecimals = table.Column<int>(type: "int", nullable: false),
                    ScoreRounding = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WrittenPassLine = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: true),
                    InterviewPassLine = table.Column<decimal>(type: "decimal(7,4)", precision: 7, scale: 4, nullable: false),
                    InterviewRatio = table.Column<int>(type: "int", nullable: true),
                    OpeningRatio = table.Column<int>(type: "int", nullable: true),
                    OpeningRatioShortfall = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ReplacementPolicy = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CheckOrder = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ProbationMonths = table.Column<int>(type: "int", nullable: false),
                    MinimumServiceYears = table.Column<int>(type: "int", nullable: true),
                    ExemptionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ExemptionApprovalReference = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    ExemptionApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpeningRatioQualifiedApplicants = table.Column<int>(type: "int", nullable: true),
                    PlacesBeforeOpeningRatio = table.Column<int>(type: "int", nullable: true),
                    OpeningRatioDecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OpeningRatioDecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Majors = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrCampaignPositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrCampaignPositions_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPublicities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    WorkingDays = table.Column<int>(type: "int", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPublicities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPublicities_TrRecruitmentCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "TrRecruitmentCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRoleClaims_TrRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "TrRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrPoolLoans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Number = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SlotId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    BorrowingUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    HireName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Justification = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Tier = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ShortagePostId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TermMonths = table.Column<int>(type: "int", nullable: false),
                    ExpectedReturnDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnPlan = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatorName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastModificationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AppointmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnPostId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReturnAppointmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReleasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReleaseReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ApprovalProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrPoolLoans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrPoolLoans_TrApprovalProcesses_ApprovalProcessId",
                        column: x => x.ApprovalProcessId,
                        principalTable: "TrApprovalProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrPoolLoans_TrStaffingPoolSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "TrStaffingPoolSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrWorkCalendarDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkCalendarYearId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "TrUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrUsers_TrZones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "TrZones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPlanLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PostTitle = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    StaffingType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Places = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPlanLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPlanLines_TrRecruitmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TrRecruitmentPlans",
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

            migrationBuilder.CreateTable(
                name: "TrApplicationRelatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Relation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UnitName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    LeadsUnit = table.Column<bool>(type: "bit", nullable: false),
                    AvoidanceFlag = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrApplicationRelatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrApplicationRelatives_TrApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "TrApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrHires",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PositionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeatKind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PoolLoanId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ContractMonths = table.Column<int>(type: "int", nullable: false),
                    FirstEmployment = table.Column<bool>(type: "bit", nullable: false),
                    ProbationMonths = table.Column<int>(type: "int", nullable: false),
                    ProbationBasis = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ProbationEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MinimumServiceYears = table.Column<int>(type: "int", nullable: true),
                    MinimumServiceEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TalentProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HiredBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreationTime = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NoticePublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrHires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrHires_TrApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "TrApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrCampaignExaminerRelatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExaminerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Relation = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrCampaignExaminerRelatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrCampaignExaminerRelatives_TrCampaignExaminers_ExaminerId",
                        column: x => x.ExaminerId,
                        principalTable: "TrCampaignExaminers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPublicityEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PublicityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PositionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CandidateName = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPublicityEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPublicityEntries_TrApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "TrApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPublicityEntries_TrRecruitmentPublicities_PublicityId",
                        column: x => x.PublicityId,
                        principalTable: "TrRecruitmentPublicities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrRecruitmentPublicityObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PublicityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RaisedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Resolution = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ResolutionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ResolvedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrRecruitmentPublicityObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrRecruitmentPublicityObjections_TrRecruitmentPublicities_PublicityId",
                        column: x => x.PublicityId,
                        principalTable: "TrRecruitmentPublicities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrUserClaims_TrUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "TrUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_TrUserLogins_TrUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "TrUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoleId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_TrUserRoles_TrRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "TrRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrUserRoles_TrUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "TrUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_TrUserTokens_TrUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "TrUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrApplicationRelatives_ApplicationId",
                table: "TrApplicationRelatives",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrApplications_CampaignId_IdNumber",
                table: "TrApplications",
                columns: new[] { "CampaignId", "IdNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrApplications_CampaignId_PositionId_Stage",
                table: "TrApplications",
                columns: new[] { "CampaignId", "PositionId", "Stage" });

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
                name: "UX_TrAppointments_PersonId_ActivePrimary",
                table: "TrAppointments",
                column: "PersonId",
                unique: true,
                filter: "IsPrimary = 1 AND EndedOn IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalDecisions_DecidedAt",
                table: "TrApprovalDecisions",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalDecisions_ProcessId",
                table: "TrApprovalDecisions",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalDecisions_StepId_UserId",
                table: "TrApprovalDecisions",
                columns: new[] { "StepId", "UserId" },
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

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalRoutes_ZoneId_DocumentKind_Name",
                table: "TrApprovalRoutes",
                columns: new[] { "ZoneId", "DocumentKind", "Name" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalRouteSteps_RouteId_Sequence",
                table: "TrApprovalRouteSteps",
                columns: new[] { "RouteId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalSteps_ProcessId",
                table: "TrApprovalSteps",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_TrApprovalSteps_Status_DueAt",
                table: "TrApprovalSteps",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrAuditLogChanges_AuditLogId",
                table: "TrAuditLogChanges",
                column: "AuditLogId");

            migrationBuilder.CreateIndex(
                name: "IX_TrAuditLogs_EntityType_EntityId",
                table: "TrAuditLogs",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrAuditLogs_ZoneId_Time",
                table: "TrAuditLogs",
                columns: new[] { "ZoneId", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignAmendments_CampaignId_Sequence",
                table: "TrCampaignAmendments",
                columns: new[] { "CampaignId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignExaminerRelatives_ExaminerId",
                table: "TrCampaignExaminerRelatives",
                column: "ExaminerId");

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignExaminers_CampaignId_Code",
                table: "TrCampaignExaminers",
                columns: new[] { "CampaignId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignPositions_CampaignId",
                table: "TrCampaignPositions",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignPositions_OrgUnitId_PostId",
                table: "TrCampaignPositions",
                columns: new[] { "OrgUnitId", "PostId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrCampaignPositions_PlanLineId",
                table: "TrCampaignPositions",
                column: "PlanLineId");

            migrationBuilder.CreateIndex(
                name: "IX_TrDefaultGrantRecords_RoleName_PermissionName",
                table: "TrDefaultGrantRecords",
                columns: new[] { "RoleName", "PermissionName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrEntitlements_ZoneId_ProfileId_Status",
                table: "TrEntitlements",
                columns: new[] { "ZoneId", "ProfileId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrHires_ApplicationId",
                table: "TrHires",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrHires_ZoneId_CampaignId",
                table: "TrHires",
                columns: new[] { "ZoneId", "CampaignId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrInstallments_EntitlementId",
                table: "TrInstallments",
                column: "EntitlementId");

            migrationBuilder.CreateIndex(
                name: "IX_TrInstallments_Status_DueOn",
                table: "TrInstallments",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrLeadershipQuotas_OrgUnitId",
                table: "TrLeadershipQuotas",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrMatchingRuns_ZoneId_StartedAt",
                table: "TrMatchingRuns",
                columns: new[] { "ZoneId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrNotifications_UserId_ReadAt_CreationTime",
                table: "TrNotifications",
                columns: new[] { "UserId", "ReadAt", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnitFunctions_OrgUnitId_Number",
                table: "TrOrgUnitFunctions",
                columns: new[] { "OrgUnitId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnits_ZoneId_Code",
                table: "TrOrgUnits",
                columns: new[] { "ZoneId", "Code" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnits_ZoneId_ParentId",
                table: "TrOrgUnits",
                columns: new[] { "ZoneId", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnitVersions_OrgUnitId_ValidFrom",
                table: "TrOrgUnitVersions",
                columns: new[] { "OrgUnitId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_TrOrgUnitVersions_ZoneId_ValidFrom",
                table: "TrOrgUnitVersions",
                columns: new[] { "ZoneId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPermissionGrants_ProviderName_ProviderKey_Name",
                table: "TrPermissionGrants",
                columns: new[] { "ProviderName", "ProviderKey", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrPersons_ZoneId_IdNumber",
                table: "TrPersons",
                columns: new[] { "ZoneId", "IdNumber" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrPersons_ZoneId_Name",
                table: "TrPersons",
                columns: new[] { "ZoneId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPlanChanges_PlanId_Sequence",
                table: "TrPlanChanges",
                columns: new[] { "PlanId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_ApprovalProcessId",
                table: "TrPoolLoans",
                column: "ApprovalProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_SlotId_CreationTime",
                table: "TrPoolLoans",
                columns: new[] { "SlotId", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_SlotId_Open",
                table: "TrPoolLoans",
                column: "SlotId",
                unique: true,
                filter: "Status IN ('Requested', 'Approved', 'Active')");

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_ZoneId_Number",
                table: "TrPoolLoans",
                columns: new[] { "ZoneId", "Number" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrPoolLoans_ZoneId_Status",
                table: "TrPoolLoans",
                columns: new[] { "ZoneId", "Status" });

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
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentCampaigns_ZoneId_Code",
                table: "TrRecruitmentCampaigns",
                columns: new[] { "ZoneId", "Code" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentCampaigns_ZoneId_Year_Status",
                table: "TrRecruitmentCampaigns",
                columns: new[] { "ZoneId", "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlanLines_OrgUnitId_StaffingType",
                table: "TrRecruitmentPlanLines",
                columns: new[] { "OrgUnitId", "StaffingType" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlanLines_PlanId_Sequence",
                table: "TrRecruitmentPlanLines",
                columns: new[] { "PlanId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlans_ApprovalProcessId",
                table: "TrRecruitmentPlans",
                column: "ApprovalProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlans_ZoneId_Number",
                table: "TrRecruitmentPlans",
                columns: new[] { "ZoneId", "Number" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPlans_ZoneId_Year_Status",
                table: "TrRecruitmentPlans",
                columns: new[] { "ZoneId", "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicities_CampaignId",
                table: "TrRecruitmentPublicities",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicities_ZoneId_CampaignId",
                table: "TrRecruitmentPublicities",
                columns: new[] { "ZoneId", "CampaignId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicityEntries_ApplicationId",
                table: "TrRecruitmentPublicityEntries",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicityEntries_PublicityId",
                table: "TrRecruitmentPublicityEntries",
                column: "PublicityId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicityObjections_ApplicationId",
                table: "TrRecruitmentPublicityObjections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRecruitmentPublicityObjections_PublicityId",
                table: "TrRecruitmentPublicityObjections",
                column: "PublicityId");

            migrationBuilder.CreateIndex(
                name: "IX_TrRoleClaims_RoleId",
                table: "TrRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "TrRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingMixRules_ZoneId_OrgUnitId",
                table: "TrStaffingMixRules",
                columns: new[] { "ZoneId", "OrgUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingPlans_ApprovalProcessId",
                table: "TrStaffingPlans",
                column: "ApprovalProcessId");

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

            migrationBuilder.CreateIndex(
                name: "IX_TrStaffingPoolSlots_ZoneId_Code",
                table: "TrStaffingPoolSlots",
                columns: new[] { "ZoneId", "Code" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

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
                name: "IX_TrTalentCertifications_ZoneId_CertificateNo",
                table: "TrTalentCertifications",
                columns: new[] { "ZoneId", "CertificateNo" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentCertifications_ZoneId_ProfileId",
                table: "TrTalentCertifications",
                columns: new[] { "ZoneId", "ProfileId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentPolicies_ZoneId_Code_Version",
                table: "TrTalentPolicies",
                columns: new[] { "ZoneId", "Code", "Version" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentProfiles_UserId",
                table: "TrTalentProfiles",
                column: "UserId",
                unique: true,
                filter: "[UserId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentProfiles_ZoneId_Name",
                table: "TrTalentProfiles",
                columns: new[] { "ZoneId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_TrTalentTiers_ZoneId_Level",
                table: "TrTalentTiers",
                columns: new[] { "ZoneId", "Level" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrUserClaims_UserId",
                table: "TrUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TrUserLogins_UserId",
                table: "TrUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TrUserRoles_RoleId",
                table: "TrUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "TrUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_TrUsers_ZoneId",
                table: "TrUsers",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "TrUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_TrZones_Code",
                table: "TrZones",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrZoneStaffingQuotas_ZoneId_StaffingType",
                table: "TrZoneStaffingQuotas",
                columns: new[] { "ZoneId", "StaffingType" },
                unique: true,
                filter: "[ZoneId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrApplicationRelatives");

            migrationBuilder.DropTable(
                name: "TrAppointments");

            migrationBuilder.DropTable(
                name: "TrApprovalDecisions");

            migrationBuilder.DropTable(
                name: "TrApprovalRouteSteps");

            migrationBuilder.DropTable(
                name: "TrApprovalSteps");

            migrationBuilder.DropTable(
                name: "TrAuditLogChanges");

            migrationBuilder.DropTable(
                name: "TrCampaignAmendments");

            migrationBuilder.DropTable(
                name: "TrCampaignExaminerRelatives");

            migrationBuilder.DropTable(
                name: "TrCampaignPositions");

            migrationBuilder.DropTable(
                name: "TrDefaultGrantRecords");

            migrationBuilder.DropTable(
                name: "TrHires");

            migrationBuilder.DropTable(
                name: "TrInstallments");

            migrationBuilder.DropTable(
                name: "TrLeadershipQuotas");

            migrationBuilder.DropTable(
                name: "TrMatchingRuns");

            migrationBuilder.DropTable(
                name: "TrNotifications");

            migrationBuilder.DropTable(
                name: "TrOrgUnitFunctions");

            migrationBuilder.DropTable(
                name: "TrOrgUnitVersions");

            migrationBuilder.DropTable(
                name: "TrPermissionGrants");

            migrationBuilder.DropTable(
                name: "TrPersons");

            migrationBuilder.DropTable(
                name: "TrPlanChanges");

            migrationBuilder.DropTable(
                name: "TrPoolLoans");

            migrationBuilder.DropTable(
                name: "TrPostDutyClauses");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPlanLines");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPublicityEntries");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPublicityObjections");

            migrationBuilder.DropTable(
                name: "TrRoleClaims");

            migrationBuilder.DropTable(
                name: "TrSequences");

            migrationBuilder.DropTable(
                name: "TrStaffingMixRules");

            migrationBuilder.DropTable(
                name: "TrStaffingQuotas");

            migrationBuilder.DropTable(
                name: "TrTalentCertifications");

            migrationBuilder.DropTable(
                name: "TrTalentPolicies");

            migrationBuilder.DropTable(
                name: "TrTalentProfiles");

            migrationBuilder.DropTable(
                name: "TrTalentTiers");

            migrationBuilder.DropTable(
                name: "TrUserClaims");

            migrationBuilder.DropTable(
                name: "TrUserLogins");

            migrationBuilder.DropTable(
                name: "TrUserRoles");

            migrationBuilder.DropTable(
                name: "TrUserTokens");

            migrationBuilder.DropTable(
                name: "TrWorkCalendarDays");

            migrationBuilder.DropTable(
                name: "TrZoneStaffingQuotas");

            migrationBuilder.DropTable(
                name: "TrApprovalRoutes");

            migrationBuilder.DropTable(
                name: "TrAuditLogs");

            migrationBuilder.DropTable(
                name: "TrCampaignExaminers");

            migrationBuilder.DropTable(
                name: "TrEntitlements");

            migrationBuilder.DropTable(
                name: "TrOrgUnits");

            migrationBuilder.DropTable(
                name: "TrStaffingPlans");

            migrationBuilder.DropTable(
                name: "TrStaffingPoolSlots");

            migrationBuilder.DropTable(
                name: "TrPosts");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPlans");

            migrationBuilder.DropTable(
                name: "TrApplications");

            migrationBuilder.DropTable(
                name: "TrRecruitmentPublicities");

            migrationBuilder.DropTable(
                name: "TrRoles");

            migrationBuilder.DropTable(
                name: "TrUsers");

            migrationBuilder.DropTable(
                name: "TrWorkCalendarYears");

            migrationBuilder.DropTable(
                name: "TrApprovalProcesses");

            migrationBuilder.DropTable(
                name: "TrRecruitmentCampaigns");

            migrationBuilder.DropTable(
                name: "TrZones");
        }
    }
}
