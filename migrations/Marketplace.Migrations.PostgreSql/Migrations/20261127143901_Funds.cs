using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Funds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AcceptsRelocation",
                table: "Funds",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Description_En",
                table: "Funds",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Description_Zh",
                table: "Funds",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "GuidanceRegions",
                table: "Funds",
                type: "character varying(64)[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "GuidanceRule",
                table: "Funds",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "MandateSectors",
                table: "Funds",
                type: "character varying(64)[]",
                nullable: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "MandateStages",
                table: "Funds",
                type: "character varying(40)[]",
                nullable: false);

            migrationBuilder.AddColumn<bool>(
                name: "OpenToNewDeals",
                table: "Funds",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OpenToOtherClusters",
                table: "Funds",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "ReinvestmentRatio",
                table: "Funds",
                type: "numeric(6,2)",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SizeAmount",
                table: "Funds",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SizeCurrency",
                table: "Funds",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "TargetClusterKeys",
                table: "Funds",
                type: "character varying(64)[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "TicketCurrency",
                table: "Funds",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TicketMax",
                table: "Funds",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TicketMin",
                table: "Funds",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Website",
                table: "Funds",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WeeklyCapacity",
                table: "Funds",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Deals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FundId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: true),
                    PassReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PassNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InvestedAmount = table.Column<long>(type: "bigint", nullable: true),
                    InvestedCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deals_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Deals_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InvitedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundInvitations_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DealEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ToStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ById = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DealEvents_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DealNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DealNotes_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DealRatings",
                columns: table => new
                {
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Team = table.Column<int>(type: "integer", nullable: false),
                    Market = table.Column<int>(type: "integer", nullable: false),
                    Technology = table.Column<int>(type: "integer", nullable: false),
                    Traction = table.Column<int>(type: "integer", nullable: false),
                    Fit = table.Column<int>(type: "integer", nullable: false),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealRatings", x => new { x.DealId, x.UserId });
                    table.ForeignKey(
                        name: "FK_DealRatings_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LedgerEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FundId = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    InRegion = table.Column<bool>(type: "boolean", nullable: false),
                    ByRelocation = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedgerEntries_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LedgerEntries_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Funds_Type_ClusterId",
                table: "Funds",
                columns: new[] { "Type", "ClusterId" });

            migrationBuilder.CreateIndex(
                name: "IX_DealEvents_DealId_At",
                table: "DealEvents",
                columns: new[] { "DealId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DealNotes_DealId_CreatedAt",
                table: "DealNotes",
                columns: new[] { "DealId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_FundId_ProjectId",
                table: "Deals",
                columns: new[] { "FundId", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deals_FundId_Stage",
                table: "Deals",
                columns: new[] { "FundId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_ProjectId",
                table: "Deals",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_FundInvitations_FundId_Email",
                table: "FundInvitations",
                columns: new[] { "FundId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_FundInvitations_TokenHash",
                table: "FundInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_DealId",
                table: "LedgerEntries",
                column: "DealId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_FundId",
                table: "LedgerEntries",
                column: "FundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DealEvents");

            migrationBuilder.DropTable(
                name: "DealNotes");

            migrationBuilder.DropTable(
                name: "DealRatings");

            migrationBuilder.DropTable(
                name: "FundInvitations");

            migrationBuilder.DropTable(
                name: "LedgerEntries");

            migrationBuilder.DropTable(
                name: "Deals");

            migrationBuilder.DropIndex(
                name: "IX_Funds_Type_ClusterId",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "AcceptsRelocation",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "Description_En",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "Description_Zh",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "GuidanceRegions",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "GuidanceRule",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "MandateSectors",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "MandateStages",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "OpenToNewDeals",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "OpenToOtherClusters",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "ReinvestmentRatio",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "SizeAmount",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "SizeCurrency",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "TargetClusterKeys",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "TicketCurrency",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "TicketMax",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "TicketMin",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "Website",
                table: "Funds");

            migrationBuilder.DropColumn(
                name: "WeeklyCapacity",
                table: "Funds");
        }
    }
}
