using Kinerja.Samples.WebApi.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>
/// The sample app in the ASP.NET Core test host, on a database of the test's choosing and a
/// <see cref="FakeClock"/> that starts on Monday 8 June 2026 at 09:00 WIB (a working moment).
/// </summary>
public sealed class WebApiFactory(string provider, string connectionString) : WebApplicationFactory<Program>
{
    public static readonly Instant Start = Instant.FromUtc(2026, 6, 8, 2, 0);

    public FakeClock Clock { get; } = new(Start);

    public string Provider { get; } = provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Sqlite", Provider == "sqlite" ? connectionString : string.Empty);
        builder.UseSetting("ConnectionStrings:Postgres", Provider == "postgres" ? connectionString : string.Empty);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
        });
    }

    /// <summary>Deletes the test database (the SQLite file, or the PostgreSQL database made for this run).</summary>
    public async Task DeleteDatabaseAsync()
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Database.EnsureDeletedAsync();
    }

    /// <summary>The provider EF Core really uses (so a test can prove it ran where it says).</summary>
    public string ProviderName()
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Database.ProviderName ?? "?";
    }
}

/// <summary>The app on a fresh SQLite file in the temp folder, deleted afterwards.</summary>
public sealed class SqliteApp : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "kinerja-webapi-test-" + Guid.NewGuid().ToString("N") + ".db");

    public WebApiFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        // Pooling off: the file can be deleted once the test host is gone.
        Factory = new WebApiFactory("sqlite", $"Data Source={_file};Pooling=False");
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DeleteDatabaseAsync();
        await Factory.DisposeAsync();
        File.Delete(_file);
    }
}

/// <summary>
/// The app on a real PostgreSQL server named by <c>KINERJA_TEST_POSTGRES</c> (a connection string
/// to a server where the user may create databases). Each run makes its own database
/// (<c>kinerja_webapi_test_…</c>) and drops it afterwards. Unset: no factory, and the tests say so.
/// </summary>
public sealed class PostgresApp : IAsyncLifetime
{
    public const string Variable = "KINERJA_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public WebApiFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        if (ConnectionString is { } baseConnection)
        {
            var database = "kinerja_webapi_test_" + Guid.NewGuid().ToString("N")[..12];
            var connection = new Npgsql.NpgsqlConnectionStringBuilder(baseConnection) { Database = database }.ConnectionString;
            Factory = new WebApiFactory("postgres", connection);
            _ = Factory.Server;
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DeleteDatabaseAsync();
            await Factory.DisposeAsync();
        }
    }
}

/// <summary>A fact that runs only when <c>KINERJA_TEST_POSTGRES</c> is set, and is reported as skipped, with the reason, when not.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresApp.ConnectionString is null)
        {
            Skip = $"Not run on PostgreSQL: {PostgresApp.Variable} is not set (.ci/run sets it when it can start a PostgreSQL server).";
        }
    }
}
