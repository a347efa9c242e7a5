using Kinerja.Samples.WebApi.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using IRelationalDatabaseCreator = Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator;
using Npgsql;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>
/// The schema is the migrations': each provider's model matches its migrations, and start-up migrates a
/// fresh database, refuses one it cannot vouch for (made by EnsureCreated, ahead of the app, or pending with
/// migrating at start-up off) and leaves that one as it was. PostgreSQL cases run under KINERJA_TEST_POSTGRES.
/// </summary>
public sealed class MigrationTests
{
    private const string Setting = Database.MigrateAtStartupSetting;

    [Fact]
    public void SqliteModel_AgainstItsMigrations_NoPendingChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run eng/add-migration.sh <Name>.");
    }

    [Fact]
    public void PostgresModel_AgainstItsMigrations_NoPendingChanges()
    {
        // No server: comparing the model with the migrations' snapshot opens no connection.
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run eng/add-migration.sh <Name>.");
    }

    [Fact]
    public void ModelWithAnExtraColumn_AgainstTheMigrations_PendingChangesOnBothProviders()
    {
        // What the two tests above catch: a column added to the model and no migration for it.
        using var sqlite = new SqliteKinerjaDbContext(Database.SqliteOptions("Data Source=unused.db").ReplaceService<IModelCustomizer, ExtraColumn>().Options);
        using var postgres = new PostgresKinerjaDbContext(Database.PostgresOptions("Host=localhost;Database=unused").ReplaceService<IModelCustomizer, ExtraColumn>().Options);
        Assert.True(sqlite.Database.HasPendingModelChanges());
        Assert.True(postgres.Database.HasPendingModelChanges());
    }

    [Fact]
    public void MigrationSets_BothProviders_SameNamesInTheSameOrder()
    {
        // eng/add-migration.sh adds each migration to both: a set that lacks one means a provider was forgotten.
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(postgres));
    }

    [Fact]
    public async Task EnsureCreatedSqlite_AtStartup_RefusedNamingTablesAndLeftUntouched()
    {
        using var file = new TempSqlite();
        using (var old = new SqliteKinerjaDbContext(Database.SqliteOptions(file.ConnectionString).Options))
        {
            old.Database.EnsureCreated();
        }

        var before = file.Tables();
        var refusal = await RefusedAtStartup(new WebApiFactory("sqlite", file.ConnectionString));

        Assert.Contains("__EFMigrationsHistory", refusal, StringComparison.Ordinal);
        Assert.Contains($"Basis data '{file.Path}' berisi tabel sampel ini (perjanjian_kinerja, realisasi, realisasi_anggaran, realisasi_triwulan, sop_event, sop_instance)", refusal, StringComparison.Ordinal);
        Assert.Contains($"The database '{file.Path}' holds this sample's tables (perjanjian_kinerja,", refusal, StringComparison.Ordinal);
        Assert.Contains("_InitialCreate", refusal, StringComparison.Ordinal);
        Assert.Equal(before, file.Tables());
        Assert.DoesNotContain("__EFMigrationsHistory", before);
    }

    [Fact]
    public async Task MigrateAtStartupOff_FreshSqlite_RefusedNamingSettingAndMigrationsAndNoTableMade()
    {
        using var file = new TempSqlite();
        var factory = new WebApiFactory("sqlite", file.ConnectionString);
        factory.Settings[Setting] = "false";
        var refusal = await RefusedAtStartup(factory);

        using var design = new SqliteDesignTimeFactory().CreateDbContext([]);
        var all = design.Database.GetMigrations().ToList();
        Assert.Contains($"{Setting} bernilai 'false', tetapi basis data '{file.Path}' belum menerapkan {all.Count} migrasi: {string.Join(", ", all)}.", refusal, StringComparison.Ordinal);
        Assert.Contains($"{Setting} is 'false', but the database '{file.Path}' lacks {all.Count} migration(s): {string.Join(", ", all)}.", refusal, StringComparison.Ordinal);
        Assert.Contains("dotnet ef migrations bundle", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("--idempotent", refusal, StringComparison.Ordinal); // EF Core makes no idempotent script for SQLite
        Assert.Empty(file.Tables());
    }

    [Fact]
    public async Task MigrateAtStartupOff_SqliteMigratedBeforehand_StartsAndWorks()
    {
        // As a migration bundle or `dotnet ef database update` would leave it.
        using var file = new TempSqlite();
        using (var db = new SqliteKinerjaDbContext(Database.SqliteOptions(file.ConnectionString).Options))
        {
            db.Database.Migrate();
        }

        await using var factory = new WebApiFactory("sqlite", file.ConnectionString);
        factory.Settings[Setting] = "False";
        _ = factory.Server;
        var scenarios = new Scenarios(factory);
        scenarios.Database_FreshDatabase_EveryMigrationApplied();
        await scenarios.CreatePk_Valid_StoredAndReadBack();
    }

    [Fact]
    public async Task SqliteWithAMigrationTheAppDoesNotKnow_AtStartup_RefusedNamingIt()
    {
        using var file = new TempSqlite();
        using (var db = new SqliteKinerjaDbContext(Database.SqliteOptions(file.ConnectionString).Options))
        {
            db.Database.Migrate();
            db.Database.ExecuteSql($"INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromANewerApp', '10.0.15')");
        }

        var refusal = await RefusedAtStartup(new WebApiFactory("sqlite", file.ConnectionString));

        Assert.Contains($"Basis data '{file.Path}' sudah menerapkan migrasi yang tidak dikenal versi aplikasi ini: 29991231000000_FromANewerApp.", refusal, StringComparison.Ordinal);
        Assert.Contains($"The database '{file.Path}' has migrations this version of the app does not know: 29991231000000_FromANewerApp.", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ya")]
    [InlineData("0")]
    [InlineData("off")]
    public async Task MigrateAtStartup_NotTrueOrFalse_RefusedNamingSettingAndValue(string value)
    {
        using var file = new TempSqlite();
        var factory = new WebApiFactory("sqlite", file.ConnectionString);
        factory.Settings[Setting] = value;
        var refusal = await RefusedAtStartup(factory);

        Assert.Contains($"{Setting}: nilai '{value}' tidak dikenal; isi 'true' atau 'false'.", refusal, StringComparison.Ordinal);
        Assert.Contains($"{Setting}: '{value}' is not a value it takes; use 'true' or 'false'.", refusal, StringComparison.Ordinal);
        Assert.Empty(file.Tables());
    }

    [PostgresFact]
    public async Task EnsureCreatedPostgres_AtStartup_RefusedNamingTablesAndLeftUntouched()
    {
        var connection = NewPostgresDatabase();
        using var old = new PostgresKinerjaDbContext(Database.PostgresOptions(connection).Options);
        try
        {
            old.Database.EnsureCreated();
            var before = PostgresTables(old);
            var refusal = await RefusedAtStartup(new WebApiFactory("postgres", connection));

            Assert.Contains("berisi tabel sampel ini (perjanjian_kinerja, realisasi, realisasi_anggaran, realisasi_triwulan, sop_event, sop_instance)", refusal, StringComparison.Ordinal);
            Assert.Contains("holds this sample's tables (perjanjian_kinerja,", refusal, StringComparison.Ordinal);
            Assert.Contains("/" + new NpgsqlConnectionStringBuilder(connection).Database + "'", refusal, StringComparison.Ordinal);
            Assert.Equal(before, PostgresTables(old));
            Assert.DoesNotContain("__EFMigrationsHistory", before);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            old.Database.EnsureDeleted();
        }
    }

    [PostgresFact]
    public async Task IdempotentScript_AppliedTwiceOnPostgres_AppStartsWithMigratingOffAndWorks()
    {
        // The production path: `dotnet ef migrations script --idempotent`, run by the team, then the app with migrating off.
        var connection = NewPostgresDatabase();
        using var db = new PostgresKinerjaDbContext(Database.PostgresOptions(connection).Options);
        try
        {
            db.GetService<IRelationalDatabaseCreator>().Create();
            var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
            await using (var sql = new NpgsqlConnection(connection))
            {
                await sql.OpenAsync();
                for (var run = 0; run < 2; run++)
                {
                    await using var command = new NpgsqlCommand(script, sql);
                    await command.ExecuteNonQueryAsync();
                }
            }

            await using var factory = new WebApiFactory("postgres", connection);
            factory.Settings[Setting] = "false";
            _ = factory.Server;
            var scenarios = new Scenarios(factory);
            scenarios.Database_FreshDatabase_EveryMigrationApplied();
            await scenarios.CreatePk_Valid_StoredAndReadBack();
            Assert.False(db.Database.HasPendingModelChanges());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            db.Database.EnsureDeleted();
        }
    }

    /// <summary>Starts the app, expecting it to refuse: the message of the refusal.</summary>
    private static async Task<string> RefusedAtStartup(WebApiFactory factory)
    {
        await using (factory)
        {
            var thrown = Record.Exception(() => factory.Server);
            Assert.NotNull(thrown);
            for (var e = thrown; e is not null; e = e.InnerException)
            {
                if (e is InvalidOperationException && e.Message.Contains(Environment.NewLine, StringComparison.Ordinal))
                {
                    return e.Message;
                }
            }

            Assert.Fail("Refused, but not with the two-language start-up message: " + thrown);
            return string.Empty;
        }
    }

    /// <summary>The tables of the current schema (not IHistoryRepository.Exists(), which Npgsql answers true whatever the database holds).</summary>
    private static List<string> PostgresTables(DbContext db) =>
        [.. db.Database.SqlQueryRaw<string>("SELECT table_name::text AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")];

    private static string NewPostgresDatabase() =>
        new NpgsqlConnectionStringBuilder(PostgresApp.ConnectionString!) { Database = "kinerja_migration_test_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString;

    /// <summary>Adds a column to the model that no migration has.</summary>
    private sealed class ExtraColumn(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.Entity<PkRow>().Property<string>("ApprovedBy");
        }
    }

    /// <summary>A SQLite file in the temp folder (no pooling, so it can be deleted), and its tables.</summary>
    private sealed class TempSqlite : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kinerja-migration-test-" + Guid.NewGuid().ToString("N") + ".db");

        public string ConnectionString => $"Data Source={Path};Pooling=False";

        public List<string> Tables()
        {
            if (!File.Exists(Path))
            {
                return [];
            }

            using var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }

        public void Dispose() => File.Delete(Path);
    }
}
