using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kinerja.Samples.WebApi.Persistence;

/// <summary>The model on SQLite; its migrations are in <c>Persistence/Migrations/Sqlite</c>.</summary>
internal sealed class SqliteKinerjaDbContext(DbContextOptions<SqliteKinerjaDbContext> options) : KinerjaDbContext(options);

/// <summary>The model on PostgreSQL; its migrations are in <c>Persistence/Migrations/Postgres</c>.</summary>
internal sealed class PostgresKinerjaDbContext(DbContextOptions<PostgresKinerjaDbContext> options) : KinerjaDbContext(options);

/// <summary>
/// What <c>dotnet ef</c> uses to make a <see cref="SqliteKinerjaDbContext"/> (eng/add-migration.sh): no app
/// start-up and no configuration. Adding a migration opens no connection; a command that does
/// (<c>database update</c>) is given one with <c>--connection</c>.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKinerjaDbContext>
{
    public SqliteKinerjaDbContext CreateDbContext(string[] args) =>
        new(Database.SqliteOptions("Data Source=" + Database.DefaultFileName).Options);
}

/// <summary>
/// What <c>dotnet ef</c> uses to make a <see cref="PostgresKinerjaDbContext"/> (eng/add-migration.sh): no
/// server needed to add a migration or script one (the connection string below is never opened by those commands).
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKinerjaDbContext>
{
    public PostgresKinerjaDbContext CreateDbContext(string[] args) =>
        new(Database.PostgresOptions("Host=localhost;Database=kinerja;Username=kinerja").Options);
}
