using System.Security.Cryptography;
using Kinerja.Samples.WebApi.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>
/// The sample app in the ASP.NET Core test host, on a database of the test's choosing and a
/// <see cref="FakeClock"/> that starts on Monday 8 June 2026 at 09:00 WIB (a working moment), with a
/// signing key made for this run (the tests mint their own tokens) and the test units added to the office.
/// </summary>
/// <remarks><paramref name="timeZone"/> is the office's <c>Kinerja:TimeZone</c> (the app's default, Asia/Jakarta, when null).</remarks>
public sealed class WebApiFactory(string provider, string connectionString, string? timeZone = null) : WebApplicationFactory<Program>
{
    public const string Issuer = "kinerja-tests";
    public const string Audience = "kinerja-webapi-tests";
    public const string OfficeCode = "DEMO-3303-BBS";
    public const string KabupatenCode = "DEMO-3303";

    /// <summary>Units of the test office besides the demo ones: each scenario has its own, so they share one app.</summary>
    public static readonly string[] TestUnits = ["T-CREATE", "T-BAD", "T-CAP", "T-RBAD", "T-JSON", "T-NULL", "T-DUP", "T-RACE", "T-PKRACE", "T-ETAG", "T-500", "T-CSV", "T-CSVBAD", "T-CSVMANY", "T-CSVBIG", "T-CSVETAG", "T-CUM"];

    public static readonly Instant Start = Instant.FromUtc(2026, 6, 8, 2, 0);

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>A token as an identity provider would issue it: <c>sub</c> and the Kinerja claims, signed with this run's key.</summary>
    public string Token(string person, string? unit = null, string? office = OfficeCode, string? kabupaten = null, byte[]? key = null, Instant? expires = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = person };
        if (office is not null)
        {
            claims["kinerja_office"] = office;
        }

        if (unit is not null)
        {
            claims["kinerja_unit"] = unit;
        }

        if (kabupaten is not null)
        {
            claims["kinerja_kabupaten"] = kabupaten;
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            NotBefore = now.AddMinutes(-5),
            IssuedAt = now.AddMinutes(-5),
            Expires = expires?.ToDateTimeUtc() ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? _key), SecurityAlgorithms.HmacSha256),
        });
    }

    public FakeClock Clock { get; } = new(Start);

    public string Provider { get; } = provider;

    /// <summary>Configuration added last (e.g. <c>Kinerja:Database:MigrateAtStartup</c>); set before the server starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Sqlite", Provider == "sqlite" ? connectionString : string.Empty);
        builder.UseSetting("ConnectionStrings:Postgres", Provider == "postgres" ? connectionString : string.Empty);
        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
                ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
                ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
                ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(_key),
                ["Kinerja:ApiReference"] = "true",
            };
            if (timeZone is not null)
            {
                settings["Kinerja:TimeZone"] = timeZone;
            }

            for (var i = 0; i < TestUnits.Length; i++)
            {
                settings[$"Kinerja:Office:Units:{i + 7}:Code"] = TestUnits[i];
                settings[$"Kinerja:Office:Units:{i + 7}:Name"] = "Unit uji " + TestUnits[i];
            }

            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }

            configuration.AddInMemoryCollection(settings);
        });
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

    /// <summary>The migrations this app knows, and those the database has applied (both in order).</summary>
    public (List<string> Known, List<string> Applied) Migrations()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Database;
        return (db.GetMigrations().ToList(), db.GetAppliedMigrations().ToList());
    }

    /// <summary>The provider EF Core really uses (so a test can prove it ran where it says).</summary>
    public string ProviderName()
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Database.ProviderName ?? "?";
    }
}

/// <summary>The app on a fresh SQLite file in the temp folder, deleted afterwards.</summary>
public class SqliteApp : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "kinerja-webapi-test-" + Guid.NewGuid().ToString("N") + ".db");

    public WebApiFactory Factory { get; private set; } = null!;

    /// <summary>The office's time zone (the app's default when null).</summary>
    protected virtual string? TimeZone => null;

    public Task InitializeAsync()
    {
        // Pooling off: the file can be deleted once the test host is gone.
        Factory = new WebApiFactory("sqlite", $"Data Source={_file};Pooling=False", TimeZone);
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

/// <summary>The app on SQLite for an office in central Indonesia: <c>Kinerja:TimeZone</c> Asia/Makassar (WITA, UTC+8).</summary>
public sealed class SqliteWitaApp : SqliteApp
{
    protected override string? TimeZone => "Asia/Makassar";
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
