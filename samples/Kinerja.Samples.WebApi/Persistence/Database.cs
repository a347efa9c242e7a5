using Microsoft.EntityFrameworkCore;

namespace Kinerja.Samples.WebApi.Persistence;

/// <summary>
/// Which database: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set (environment variable
/// <c>ConnectionStrings__Postgres</c>), else SQLite with <c>ConnectionStrings:Sqlite</c>, else the
/// SQLite file <c>kinerja-webapi.db</c> next to the application's binaries. The schema is created
/// on first run (<c>EnsureCreated</c>): a sample's choice; an application that must evolve its
/// schema uses EF Core migrations instead.
/// </summary>
internal static class Database
{
    public const string DefaultFileName = "kinerja-webapi.db";

    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration)
    {
        var postgres = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            options.UseNpgsql(postgres);
            return;
        }

        var sqlite = configuration.GetConnectionString("Sqlite");
        options.UseSqlite(string.IsNullOrWhiteSpace(sqlite) ? "Data Source=" + Path.Combine(AppContext.BaseDirectory, DefaultFileName) : sqlite);
    }
}
