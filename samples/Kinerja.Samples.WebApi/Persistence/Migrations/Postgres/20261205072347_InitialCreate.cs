using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kinerja.Samples.WebApi.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "perjanjian_kinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitName = table.Column<string>(type: "text", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_perjanjian_kinerja", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "realisasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Triwulan = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<decimal>(type: "numeric", nullable: true),
                    Grade = table.Column<string>(type: "text", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    BuktiDukung = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realisasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "realisasi_anggaran",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Triwulan = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realisasi_anggaran", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "realisasi_triwulan",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Triwulan = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_realisasi_triwulan", x => new { x.UnitCode, x.Year, x.Triwulan });
                });

            migrationBuilder.CreateTable(
                name: "sop_instance",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DefinitionId = table.Column<string>(type: "text", nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    CurrentStep = table.Column<string>(type: "text", nullable: true),
                    CurrentStepSince = table.Column<long>(type: "bigint", nullable: true),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ChainHead = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SealedAtMigration = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sop_instance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sop_event",
                columns: table => new
                {
                    InstanceId = table.Column<string>(type: "character varying(64)", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Step = table.Column<string>(type: "text", nullable: false),
                    PersonId = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true),
                    Outputs = table.Column<string>(type: "text", nullable: true),
                    Acting = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ActingFor = table.Column<string>(type: "text", nullable: true),
                    Assignment = table.Column<string>(type: "text", nullable: true),
                    Instruction = table.Column<string>(type: "text", nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sop_event", x => new { x.InstanceId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_sop_event_sop_instance_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "sop_instance",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_perjanjian_kinerja_UnitCode_Year_Version",
                table: "perjanjian_kinerja",
                columns: new[] { "UnitCode", "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_realisasi_UnitCode_Year_IndicatorId_Triwulan",
                table: "realisasi",
                columns: new[] { "UnitCode", "Year", "IndicatorId", "Triwulan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_realisasi_anggaran_UnitCode_Year_ProgramId_Triwulan",
                table: "realisasi_anggaran",
                columns: new[] { "UnitCode", "Year", "ProgramId", "Triwulan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sop_instance_Status",
                table: "sop_instance",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "perjanjian_kinerja");

            migrationBuilder.DropTable(
                name: "realisasi");

            migrationBuilder.DropTable(
                name: "realisasi_anggaran");

            migrationBuilder.DropTable(
                name: "realisasi_triwulan");

            migrationBuilder.DropTable(
                name: "sop_event");

            migrationBuilder.DropTable(
                name: "sop_instance");
        }
    }
}
