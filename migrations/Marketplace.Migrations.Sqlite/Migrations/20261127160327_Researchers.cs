using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Researchers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsVerified",
                table: "Startups",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Positions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ResearchAreas = table.Column<string>(type: "TEXT", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    MinDegree = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MinYearsExperience = table.Column<int>(type: "INTEGER", nullable: true),
                    ClusterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Remote = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompensationMin = table.Column<long>(type: "INTEGER", nullable: true),
                    CompensationMax = table.Column<long>(type: "INTEGER", nullable: true),
                    CompensationCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    VisaSupport = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelocationSupport = table.Column<bool>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Description_Zh = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Title_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Title_Zh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Positions_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Positions_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Positions_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Positions_Startups_StartupId",
                        column: x => x.StartupId,
                        principalTable: "Startups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearcherProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AffiliationType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ResearchAreas = table.Column<string>(type: "TEXT", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    Degree = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    YearsExperience = table.Column<int>(type: "INTEGER", nullable: true),
                    Orcid = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    Links = table.Column<string>(type: "TEXT", nullable: false),
                    DesiredClusterKeys = table.Column<string>(type: "TEXT", nullable: false),
                    OpenToRelocation = table.Column<bool>(type: "INTEGER", nullable: false),
                    PositionTypes = table.Column<string>(type: "TEXT", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SalaryExpectationAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    SalaryExpectationCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ImportKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Affiliation_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Affiliation_Zh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Headline_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Headline_Zh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Summary_Zh = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Publications = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearcherProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearcherProfiles_AspNetUsers_Id",
                        column: x => x.Id,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SkillTags",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillTags", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "PositionApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResearcherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RejectionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PositionApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PositionApplications_AspNetUsers_ResearcherId",
                        column: x => x.ResearcherId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PositionApplications_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PositionApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ById = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PositionApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PositionApplicationEvents_PositionApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "PositionApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PositionApplicationEvents_ApplicationId_At",
                table: "PositionApplicationEvents",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PositionApplications_LiveApplication",
                table: "PositionApplications",
                columns: new[] { "PositionId", "ResearcherId" },
                unique: true,
                filter: "\"Stage\" IN ('Applied', 'Reviewing', 'Interview', 'Offer')");

            migrationBuilder.CreateIndex(
                name: "IX_PositionApplications_PositionId_Stage",
                table: "PositionApplications",
                columns: new[] { "PositionId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_PositionApplications_ResearcherId_UpdatedAt",
                table: "PositionApplications",
                columns: new[] { "ResearcherId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Positions_ClusterId",
                table: "Positions",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_CreatedById",
                table: "Positions",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_FundId",
                table: "Positions",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_ImportKey",
                table: "Positions",
                column: "ImportKey");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_StartupId",
                table: "Positions",
                column: "StartupId");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_State_Deadline",
                table: "Positions",
                columns: new[] { "State", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Positions_State_PublishedAt",
                table: "Positions",
                columns: new[] { "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearcherProfiles_ImportKey",
                table: "ResearcherProfiles",
                column: "ImportKey");

            migrationBuilder.CreateIndex(
                name: "IX_ResearcherProfiles_Visibility",
                table: "ResearcherProfiles",
                column: "Visibility");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PositionApplicationEvents");

            migrationBuilder.DropTable(
                name: "ResearcherProfiles");

            migrationBuilder.DropTable(
                name: "SkillTags");

            migrationBuilder.DropTable(
                name: "PositionApplications");

            migrationBuilder.DropTable(
                name: "Positions");

            migrationBuilder.DropColumn(
                name: "IsVerified",
                table: "Startups");
        }
    }
}
