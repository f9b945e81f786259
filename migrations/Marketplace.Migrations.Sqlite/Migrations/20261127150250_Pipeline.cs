using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Pipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_DealId",
                table: "LedgerEntries");

            migrationBuilder.AddColumn<long>(
                name: "Amount",
                table: "DealEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "DealEvents",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "DealEvents",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_DealId",
                table: "LedgerEntries",
                column: "DealId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_DealId",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "Amount",
                table: "DealEvents");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "DealEvents");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "DealEvents");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_DealId",
                table: "LedgerEntries",
                column: "DealId",
                unique: true);
        }
    }
}
