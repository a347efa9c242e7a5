using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;

namespace Kinerja.Samples.WebApi.LoadTest;

/// <summary>
/// The load test of the web API sample (docs/samples-webapi.md, "Load test"). By default it starts the built sample
/// as a Kestrel process on a fresh SQLite file (or, with <c>--database postgres</c>, a fresh database on the server
/// of <c>--postgres</c> or <c>KINERJA_TEST_POSTGRES</c>) with a signing key made for the run; <c>--url</c> targets a
/// running instance instead. Exit code 0: nothing lost, nothing duplicated, no 5xx, no unexpected answer; 1: any of
/// them; 2: the run could not be set up.
/// </summary>
internal static class Program
{
    private const string Issuer = "kinerja-loadtest";
    private const string Audience = "kinerja-webapi-loadtest";

    private static async Task<int> Main(string[] args)
    {
        var users = new Option<int>("--users") { Description = "Pengguna serentak / concurrent simulated users", DefaultValueFactory = _ => 16 };
        var sopUsers = new Option<int?>("--sop-users") { Description = "Dari mereka, pelaksana SOP / of them, SOP runners (default: a quarter)" };
        var sopInstances = new Option<int?>("--sop-instances") { Description = "Instans SOP bersama / SOP instances the runners share (default: half the runners)" };
        var duration = new Option<int>("--duration") { Description = "Lama uji, detik / seconds", DefaultValueFactory = _ => 120 };
        var atLeast = new Option<int>("--at-least") { Description = "Sesudah durasi, lanjut sampai sekian penulisan dan tindakan SOP diakui / after the duration, go on until this many writes and SOP actions are acknowledged (at most a minute more)", DefaultValueFactory = _ => 0 };
        var database = new Option<string>("--database") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
        database.AcceptOnlyFromAmong("sqlite", "postgres");
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string (default: KINERJA_TEST_POSTGRES); a fresh database kinerja_load_… is made on that server" };
        var url = new Option<Uri?>("--url") { Description = "A running instance instead of starting one (then --signing-key, --issuer, --audience)" };
        var signingKey = new Option<string?>("--signing-key") { Description = "With --url: the instance's signing key, base64" };
        var issuer = new Option<string>("--issuer") { Description = "With --url: ValidIssuer", DefaultValueFactory = _ => Issuer };
        var audience = new Option<string>("--audience") { Description = "With --url: an audience of ValidAudiences", DefaultValueFactory = _ => Audience };
        var app = new Option<FileInfo?>("--app") { Description = "The sample's built Kinerja.Samples.WebApi.dll (default: found next to this build)" };
        var year = new Option<int>("--year") { Description = "PK year", DefaultValueFactory = _ => 2026 };
        var quarters = new Option<int>("--quarters") { Description = "Quarters written, 1..n", DefaultValueFactory = _ => 2 };
        var indicators = new Option<int>("--indicators") { Description = "Indicators per PK", DefaultValueFactory = _ => 4 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1, Description = "Seed of the users' choices" };

        var root = new RootCommand("Uji beban contoh web API / load test of the web API sample")
        {
            users, sopUsers, sopInstances, duration, atLeast, database, postgres, url, signingKey, issuer, audience, app, year, quarters, indicators, seed,
        };
        root.SetAction(async (p, _) =>
        {
            var options = new LoadOptions
            {
                Users = p.GetValue(users),
                SopUsers = p.GetValue(sopUsers),
                SopInstances = p.GetValue(sopInstances),
                Duration = TimeSpan.FromSeconds(p.GetValue(duration)),
                AtLeast = p.GetValue(atLeast),
                Year = p.GetValue(year),
                Quarters = p.GetValue(quarters),
                Indicators = p.GetValue(indicators),
                Seed = p.GetValue(seed),
            };
            var problems = options.Problems();
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await Console.Error.WriteLineAsync("Kesalahan / error: " + problem);
                }

                return 2;
            }

            try
            {
                return p.GetValue(url) is { } target
                    ? await AgainstAsync(target, p.GetValue(signingKey), p.GetValue(issuer)!, p.GetValue(audience)!, options)
                    : await WithOwnAppAsync(p.GetValue(database)!, p.GetValue(postgres), p.GetValue(app), options);
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync("Uji beban tidak dapat disiapkan / the load test could not be set up: " + e.Message);
                return 2;
            }
        });
        return await root.Parse(args).InvokeAsync();
    }

    private static async Task<int> AgainstAsync(Uri target, string? key, string issuer, string audience, LoadOptions options)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException("--signing-key: kosong; wajib bersama --url / empty; required with --url (the instance's signing key, base64)");
        }

        return await RunAsync(target, Convert.FromBase64String(key), issuer, audience, options, "an instance at " + target, null);
    }

    private static async Task<int> WithOwnAppAsync(string database, string? postgres, FileInfo? dll, LoadOptions options)
    {
        var path = dll?.FullName ?? FindApp();
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"--app: {path} — tidak ada; bangun dulu contoh web API / does not exist; build the web API sample first");
        }

        var key = RandomNumberGenerator.GetBytes(32);
        var temp = Directory.CreateTempSubdirectory("kinerja-load-");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Authentication__Schemes__Bearer__ValidIssuer"] = Issuer,
            ["Authentication__Schemes__Bearer__ValidAudiences__0"] = Audience,
            ["Authentication__Schemes__Bearer__SigningKeys__0__Issuer"] = Issuer,
            ["Authentication__Schemes__Bearer__SigningKeys__0__Value"] = Convert.ToBase64String(key),
        };
        string where;
        if (database == "postgres")
        {
            var server = postgres ?? Environment.GetEnvironmentVariable("KINERJA_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(server))
            {
                throw new InvalidOperationException("--postgres: kosong dan KINERJA_TEST_POSTGRES tidak diisi / empty and KINERJA_TEST_POSTGRES is not set (. .ci/postgres.sh && postgres_start)");
            }

            var builder = new DbConnectionStringBuilder { ConnectionString = server };
            builder["Database"] = "kinerja_load_" + Guid.NewGuid().ToString("N")[..12];
            environment["ConnectionStrings__Postgres"] = builder.ConnectionString;
            environment["ConnectionStrings__Sqlite"] = string.Empty;
            where = $"PostgreSQL, database {builder["Database"]} (made by the app, left on the server)";
        }
        else
        {
            var file = Path.Combine(temp.FullName, "kinerja-load.db");
            environment["ConnectionStrings__Sqlite"] = "Data Source=" + file;
            environment["ConnectionStrings__Postgres"] = string.Empty;
            where = "SQLite, " + file;
        }

        Console.WriteLine($"starting {path} (Production) on {where}");
        try
        {
            await using var process = await AppProcess.StartAsync(path, environment, Path.Combine(temp.FullName, "app.log"), TimeSpan.FromMinutes(3));
            Console.WriteLine($"listening on {process.Url}; its log: {process.LogPath}");
            return await RunAsync(process.Url, key, Issuer, Audience, options, where, process);
        }
        finally
        {
            // KINERJA_LOAD_KEEP set: the SQLite file and the app's log stay for a look afterwards.
            if (Environment.GetEnvironmentVariable("KINERJA_LOAD_KEEP") is null)
            {
                temp.Delete(recursive: true);
            }
        }
    }

    private static async Task<int> RunAsync(Uri target, byte[] key, string issuer, string audience, LoadOptions options, string where, AppProcess? process)
    {
        var load = LoadAverage();
        Console.WriteLine($"target {target} ({where}); {Environment.ProcessorCount} cores; load average at start {load}; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC");
        using var http = new HttpClient { BaseAddress = target, Timeout = TimeSpan.FromSeconds(100) };
        var expires = DateTimeOffset.UtcNow + options.Duration + TimeSpan.FromHours(1);
        var engine = new LoadEngine(http, (person, unit) => Jwt.Mint(key, issuer, audience, person, LoadUnits.Office, unit, expires), options, Console.Out);
        var result = await engine.RunAsync();
        LoadReport.Write(result, Console.Out);
        Console.WriteLine($"load average at start {load}; at end {LoadAverage()}");
        if (process is not null)
        {
            var errors = process.Errors();
            Console.WriteLine($"the app's log: {errors.Sum(e => e.Count).ToString(CultureInfo.InvariantCulture)} errors logged (fail:, crit:)");
            foreach (var (error, count) in errors.Take(10))
            {
                Console.WriteLine($"  {count.ToString(CultureInfo.InvariantCulture)} × {error}");
            }
        }

        return result.Passed ? 0 : 1;
    }

    private static string FindApp()
    {
        // This build's own configuration (bin/<Configuration>/net10.0/): the sample built alongside, by the project reference.
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent?.Name ?? "Debug";
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "Kinerja.Samples.WebApi", "bin", configuration, "net10.0", "Kinerja.Samples.WebApi.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine("samples", "Kinerja.Samples.WebApi", "bin", configuration, "net10.0", "Kinerja.Samples.WebApi.dll");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
