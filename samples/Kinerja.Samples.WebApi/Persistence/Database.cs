using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kinerja.Samples.WebApi.Persistence;

/// <summary>
/// Which database: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set (environment variable
/// <c>ConnectionStrings__Postgres</c>), else SQLite with <c>ConnectionStrings:Sqlite</c>, else the
/// SQLite file <c>kinerja-webapi.db</c> next to the application's binaries.
/// The schema is made and changed only by EF Core migrations, one set per provider
/// (<c>Persistence/Migrations/Sqlite</c>, <c>Persistence/Migrations/Postgres</c>, added with
/// <c>eng/add-migration.sh</c>). At start-up (<see cref="PrepareAtStartup"/>) the app applies the pending ones,
/// or, with <c>Kinerja:Database:MigrateAtStartup</c> = <c>false</c>, refuses to start while any is pending
/// (a team that applies an idempotent script or a migration bundle itself). It also refuses a database
/// whose schema it cannot vouch for: tables of this sample without a migration history (made by
/// <c>EnsureCreated</c> in earlier versions of the sample), or migrations this version does not know.
/// See docs/samples-webapi.md, "Schema and migrations".
/// </summary>
internal static partial class Database
{
    public const string DefaultFileName = "kinerja-webapi.db";

    /// <summary>The setting that turns applying migrations at start-up off (default <c>true</c>).</summary>
    public const string MigrateAtStartupSetting = "Kinerja:Database:MigrateAtStartup";

    /// <summary>
    /// Registers both providers' contexts and <see cref="KinerjaDbContext"/> as the configured one. The
    /// configuration is read when a context is first made, not here, so that a test host's configuration is the one used.
    /// </summary>
    public static void AddKinerjaDatabase(this IServiceCollection services)
    {
        services.AddDbContext<SqliteKinerjaDbContext>((s, options) => UseSqlite(options, SqliteConnectionString(s.GetRequiredService<IConfiguration>())));
        services.AddDbContext<PostgresKinerjaDbContext>((s, options) => UsePostgres(options, s.GetRequiredService<IConfiguration>().GetConnectionString("Postgres")!));
        services.AddScoped<KinerjaDbContext>(s => UsesPostgres(s.GetRequiredService<IConfiguration>())
            ? s.GetRequiredService<PostgresKinerjaDbContext>()
            : s.GetRequiredService<SqliteKinerjaDbContext>());
    }

    /// <summary>Whether the configuration names a PostgreSQL database.</summary>
    public static bool UsesPostgres(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Postgres"));

    /// <summary>Options for a <see cref="SqliteKinerjaDbContext"/> on this connection string (as the app makes them).</summary>
    public static DbContextOptionsBuilder<SqliteKinerjaDbContext> SqliteOptions(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SqliteKinerjaDbContext>();
        UseSqlite(options, connectionString);
        return options;
    }

    /// <summary>Options for a <see cref="PostgresKinerjaDbContext"/> on this connection string (as the app makes them).</summary>
    public static DbContextOptionsBuilder<PostgresKinerjaDbContext> PostgresOptions(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresKinerjaDbContext>();
        UsePostgres(options, connectionString);
        return options;
    }

    /// <summary>
    /// Brings the database to this version's schema, or refuses to start (<see cref="InvalidOperationException"/>,
    /// in Indonesian and English, naming the setting, the database and the tables or migrations concerned).
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// <c>Kinerja:Database:MigrateAtStartup</c> is neither <c>true</c> nor <c>false</c>; the database holds this sample's
    /// tables without a migration history; it has migrations this version does not know; or migrations are pending
    /// and applying them at start-up is off.
    /// </exception>
    public static void PrepareAtStartup(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var migrate = MigrateAtStartup(configuration);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Database;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Database).FullName!);
        var where = Describe(db);
        var known = db.GetMigrations().ToList();
        var first = known.FirstOrDefault() ?? "0";

        // The catalog is asked directly: Npgsql's IHistoryRepository.Exists() always answers true, by design
        // (npgsql/efcore.pg#3407), so it cannot tell a database made by EnsureCreated.
        if (db.GetService<IRelationalDatabaseCreator>().Exists())
        {
            var present = TablesIn(db);
            var tables = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Model.GetRelationalModel().Tables
                .Select(t => t.Name).Where(present.Contains).Order(StringComparer.Ordinal).ToList();
            if (tables.Count > 0 && !present.Contains(HistoryRepository.DefaultTableName))
            {
                throw Refused(
                    $"Basis data {where} berisi tabel sampel ini ({string.Join(", ", tables)}) tetapi tidak punya tabel riwayat migrasi __EFMigrationsHistory: " +
                    $"dibuat oleh versi lama sampel ini, sebelum ada migrasi, dan dibiarkan apa adanya. Buat ulang basis datanya (data contoh), atau samakan skemanya " +
                    $"dengan migrasi {first} lalu catat migrasi itu di __EFMigrationsHistory; langkahnya di docs/samples-webapi.md#schema-and-migrations.",
                    $"The database {where} holds this sample's tables ({string.Join(", ", tables)}) but no migration history table __EFMigrationsHistory: " +
                    $"it was made by an earlier version of the sample with EnsureCreated, and is left as it is. Recreate the database (demo data), or bring its " +
                    $"schema to migration {first} and record that migration in __EFMigrationsHistory; the steps are in docs/samples-webapi.md#schema-and-migrations.");
            }
        }

        var applied = db.GetAppliedMigrations().ToList();
        var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            var last = applied.Intersect(known, StringComparer.Ordinal).LastOrDefault() ?? "0";
            throw Refused(
                $"Basis data {where} sudah menerapkan migrasi yang tidak dikenal versi aplikasi ini: {string.Join(", ", unknown)}. " +
                $"Basis data ini milik versi aplikasi yang lebih baru: jalankan versi itu, atau dengan versi itu kembalikan dulu skemanya ke migrasi {last} (dotnet ef database update {last}).",
                $"The database {where} has migrations this version of the app does not know: {string.Join(", ", unknown)}. " +
                $"It belongs to a newer version of the app: run that version, or with that version first take the schema back to migration {last} (dotnet ef database update {last}).");
        }

        var pending = known.Except(applied, StringComparer.Ordinal).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        if (!migrate)
        {
            // SQLite has no idempotent scripts (EF Core refuses to generate them): a bundle, or a script from the last applied migration.
            var (howId, howEn) = db.IsSqlite()
                ? ("bundel migrasi (dotnet ef migrations bundle) atau skrip dari migrasi terakhir yang sudah diterapkan (dotnet ef migrations script <terakhir>)",
                   "a migration bundle (dotnet ef migrations bundle) or a script from the last applied migration (dotnet ef migrations script <last>)")
                : ("skrip idempoten (dotnet ef migrations script --idempotent) atau bundel migrasi (dotnet ef migrations bundle)",
                   "an idempotent script (dotnet ef migrations script --idempotent) or a migration bundle (dotnet ef migrations bundle)");
            throw Refused(
                $"{MigrateAtStartupSetting} bernilai 'false', tetapi basis data {where} belum menerapkan {pending.Count} migrasi: {string.Join(", ", pending)}. " +
                $"Terapkan dulu dengan {howId}, lalu jalankan ulang aplikasinya.",
                $"{MigrateAtStartupSetting} is 'false', but the database {where} lacks {pending.Count} migration(s): {string.Join(", ", pending)}. " +
                $"Apply them first with {howEn}, then start the app again.");
        }

        LogApplying(logger, pending.Count, where, pending);
        db.Migrate();
    }

    /// <summary><c>Kinerja:Database:MigrateAtStartup</c>: <c>true</c> when absent; <c>true</c> or <c>false</c> (any case) when set.</summary>
    /// <exception cref="InvalidOperationException">The value is neither.</exception>
    public static bool MigrateAtStartup(IConfiguration configuration)
    {
        var value = configuration[MigrateAtStartupSetting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        return bool.TryParse(value.Trim(), out var migrate)
            ? migrate
            : throw Refused(
                $"{MigrateAtStartupSetting}: nilai '{value}' tidak dikenal; isi 'true' atau 'false'.",
                $"{MigrateAtStartupSetting}: '{value}' is not a value it takes; use 'true' or 'false'.");
    }

    private static string SqliteConnectionString(IConfiguration configuration)
    {
        var sqlite = configuration.GetConnectionString("Sqlite");
        return string.IsNullOrWhiteSpace(sqlite) ? "Data Source=" + Path.Combine(AppContext.BaseDirectory, DefaultFileName) : sqlite;
    }

    private static void UseSqlite(DbContextOptionsBuilder options, string connectionString) => options.UseSqlite(connectionString);

    private static void UsePostgres(DbContextOptionsBuilder options, string connectionString) => options.UseNpgsql(connectionString);

    /// <summary>Which database, without credentials: the SQLite file, or the PostgreSQL server and database.</summary>
    private static string Describe(DatabaseFacade db)
    {
        var connection = db.GetDbConnection();
        return db.IsSqlite() ? $"'{connection.DataSource}'" : $"'{connection.DataSource}/{connection.Database}'";
    }

    /// <summary>The names of the tables in the database's default schema (where the model's tables and the migration history are).</summary>
    private static HashSet<string> TablesIn(DatabaseFacade db)
    {
        var sql = db.IsSqlite()
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name::text AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema()";
        return db.SqlQueryRaw<string>(sql).ToHashSet(StringComparer.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to {Database}: {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, string database, IReadOnlyList<string> migrations);

    private static InvalidOperationException Refused(string indonesian, string english) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{indonesian}{Environment.NewLine}{english}"));
}
