using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Recommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DigestEnabled",
                table: "UserProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RecommendationsEnabled",
                table: "UserProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DigestDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Items = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DigestDeliveries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationFeedback_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationGenerations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Pairing = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChunkCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationGenerations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecomputeRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecomputeRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CurrentGenerations",
                columns: table => new
                {
                    Pairing = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GenerationId = table.Column<long>(type: "INTEGER", nullable: false),
                    SwitchedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CurrentGenerations", x => x.Pairing);
                    table.ForeignKey(
                        name: "FK_CurrentGenerations_RecommendationGenerations_GenerationId",
                        column: x => x.GenerationId,
                        principalTable: "RecommendationGenerations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationChunks",
                columns: table => new
                {
                    GenerationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationChunks", x => new { x.GenerationId, x.Index });
                    table.ForeignKey(
                        name: "FK_RecommendationChunks_RecommendationGenerations_GenerationId",
                        column: x => x.GenerationId,
                        principalTable: "RecommendationGenerations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GenerationId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Factors = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    HardRules = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendations_RecommendationGenerations_GenerationId",
                        column: x => x.GenerationId,
                        principalTable: "RecommendationGenerations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CurrentGenerations_GenerationId",
                table: "CurrentGenerations",
                column: "GenerationId");

            migrationBuilder.CreateIndex(
                name: "IX_DigestDeliveries_UserId_Period",
                table: "DigestDeliveries",
                columns: new[] { "UserId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationFeedback_SubjectKind_SubjectId_TargetId_At",
                table: "RecommendationFeedback",
                columns: new[] { "SubjectKind", "SubjectId", "TargetId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationFeedback_UserId_At",
                table: "RecommendationFeedback",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationGenerations_Pairing_Status",
                table: "RecommendationGenerations",
                columns: new[] { "Pairing", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_GenerationId_SubjectKind_SubjectId_Rank",
                table: "Recommendations",
                columns: new[] { "GenerationId", "SubjectKind", "SubjectId", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_GenerationId_TargetKind_TargetId",
                table: "Recommendations",
                columns: new[] { "GenerationId", "TargetKind", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_RecomputeRequests_DoneAt_RequestedAt",
                table: "RecomputeRequests",
                columns: new[] { "DoneAt", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RecomputeRequests_EntityKind_EntityId_DoneAt",
                table: "RecomputeRequests",
                columns: new[] { "EntityKind", "EntityId", "DoneAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CurrentGenerations");

            migrationBuilder.DropTable(
                name: "DigestDeliveries");

            migrationBuilder.DropTable(
                name: "RecommendationChunks");

            migrationBuilder.DropTable(
                name: "RecommendationFeedback");

            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropTable(
                name: "RecomputeRequests");

            migrationBuilder.DropTable(
                name: "RecommendationGenerations");

            migrationBuilder.DropColumn(
                name: "DigestEnabled",
                table: "UserProfiles");

            migrationBuilder.DropColumn(
                name: "RecommendationsEnabled",
                table: "UserProfiles");
        }
    }
}
