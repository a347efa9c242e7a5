using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using static Kinerja.Samples.WebApi.Tests.Scenarios;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>
/// The authorisation matrix of docs/samples-webapi.md, one case per (person, endpoint, unit) cell:
/// allowed (the endpoint's own success status) or 403, and after a 403 every stored row of the
/// unit is as it was. Each (person, endpoint) pair has its own PK year, so the cells do not touch each other.
/// </summary>
internal sealed class AccessMatrix(WebApiFactory factory)
{
    private const string Sek = "DEMO-3303-BBS-SEK";
    private const string Pem = "DEMO-3303-BBS-PEM";
    private const string Kecamatan = "DEMO-3303-BBS";
    private const string Outside = "DEMO-3303-XYZ";

    /// <summary>Who, with which token: staff of a seksi; the PK author (Kasubbag PK); the Camat; Eko, Plh. Sekcam by the roster in 2026; a kabupaten user; one of another kabupaten.</summary>
    public static readonly string[] People = ["staf", "kasubbag", "camat", "plh-sekcam", "kabupaten", "kabupaten-lain"];

    public static readonly string[] Endpoints = ["GET pk", "POST pk", "PUT pk", "GET realisasi", "PATCH realisasi", "PUT realisasi", "GET capaian", "PATCH csv", "PUT csv"];

    public static readonly string[] Scopes = ["own", "other", "outside"];

    public static IEnumerable<object[]> Cells =>
        from person in People
        from endpoint in Endpoints
        from scope in Scopes
        select new object[] { person, endpoint, scope, Expected(person, endpoint, scope) };

    /// <summary>The rule, as the docs' table states it: 0 for 403, else the success status.</summary>
    public static int Expected(string person, string endpoint, string scope)
    {
        var success = endpoint == "POST pk" ? 201 : 200;
        if (scope == "outside" || person == "kabupaten-lain")
        {
            return 403;
        }

        var read = endpoint.StartsWith("GET", StringComparison.Ordinal);
        var realisasi = endpoint is "PATCH realisasi" or "PUT realisasi" or "PATCH csv" or "PUT csv";
        var allowed = person switch
        {
            "staf" => scope == "own" && (read || realisasi),
            "kasubbag" => read || !realisasi || scope == "own",
            "camat" or "plh-sekcam" => read || (realisasi && scope == "own"),
            "kabupaten" => read,
            _ => false,
        };
        return allowed ? success : 403;
    }

    public async Task Run(string person, string endpoint, string scope, int expected)
    {
        var year = 2040 + (Array.IndexOf(People, person) * Endpoints.Length) + Array.IndexOf(Endpoints, endpoint);
        var (subject, ownUnit, office, kabupaten) = Token(person);
        var unit = scope switch
        {
            "own" => ownUnit ?? Pem,
            "other" => ownUnit == Pem || ownUnit is null ? Sek : Pem,
            _ => Outside,
        };

        // The PK exists (except for the create cells), made by the PK author.
        using var author = new HttpClient(factory.Server.CreateHandler()) { BaseAddress = factory.Server.BaseAddress };
        author.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token("kasubbag", Sek));
        if (endpoint != "POST pk" && unit != Outside)
        {
            var made = await author.PostAsync("/pk", Body(Pk(unit, year)));
            Assert.True(made.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, made.StatusCode.ToString());
        }

        using var client = new HttpClient(factory.Server.CreateHandler()) { BaseAddress = factory.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token(subject, ownUnit, office, kabupaten));
        var scenarios = new Scenarios(factory);
        var before = await scenarios.Snapshot(unit, year);
        var url = $"/pk/{unit}/{year}";
        var revision = Pk(unit, year);
        revision["version"] = 2;
        var response = endpoint switch
        {
            "GET pk" => await client.GetAsync(url),
            "POST pk" => await client.PostAsync("/pk", Body(Pk(unit, year))),
            "PUT pk" => await Send(client, HttpMethod.Put, url, revision, "\"pk-1\""),
            "GET realisasi" => await client.GetAsync(url + "/realisasi/1"),
            "PATCH realisasi" => await Send(client, HttpMethod.Patch, url + "/realisasi/1", Set(unit, year, R("IK1", 1, 80m)), "\"tw1-0\""),
            "PUT realisasi" => await Send(client, HttpMethod.Put, url + "/realisasi/1", Set(unit, year, R("IK1", 1, 80m)), "\"tw1-0\""),
            "PATCH csv" => await CsvUploadScenarios.Upload(client, HttpMethod.Patch, unit, 1, CsvUploadScenarios.English(unit, 1, ("IK1", "80")), "\"tw1-0\"", year: year),
            "PUT csv" => await CsvUploadScenarios.Upload(client, HttpMethod.Put, unit, 1, CsvUploadScenarios.English(unit, 1, ("IK1", "80")), "\"tw1-0\"", year: year),
            _ => await client.GetAsync(url + "/capaian"),
        };

        var body = await Json(response, (HttpStatusCode)expected);
        if (expected == 403)
        {
            var problem = Problem(body, "auth.forbidden");
            Assert.Equal(subject, problem.GetProperty("attemptedValue").GetString());
            Assert.Equal(before, await scenarios.Snapshot(unit, year));
        }
        else if (endpoint is "POST pk" or "PUT pk" or "PATCH realisasi" or "PUT realisasi" or "PATCH csv" or "PUT csv")
        {
            Assert.NotEqual(before, await scenarios.Snapshot(unit, year));
        }
    }

    /// <summary>The recap endpoints, one case per (person, level): they read the whole office (kecamatan) or the kabupaten,
    /// so there is no own or other unit; the rule is the docs' table.</summary>
    public static IEnumerable<object[]> RecapCells =>
        from person in People
        from level in new[] { "kecamatan", "kabupaten" }
        select new object[] { person, level, RecapExpected(person, level) };

    /// <summary>Kecamatan: the office's heads by the roster (Camat, the Plh. Sekcam in 2026) and its kabupaten; kabupaten: its kabupaten only.</summary>
    public static int RecapExpected(string person, string level) => (person, level) switch
    {
        ("camat" or "plh-sekcam" or "kabupaten", "kecamatan") => 200,
        ("kabupaten", "kabupaten") => 200,
        _ => 403,
    };

    public async Task RunRecap(string person, string level, int expected)
    {
        // A year of its own with one PK, so an allowed read has something to recap (else 404).
        const int year = 2038;
        using var author = new HttpClient(factory.Server.CreateHandler()) { BaseAddress = factory.Server.BaseAddress };
        author.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token("kasubbag", Sek));
        var made = await author.PostAsync("/pk", Body(Pk(Pem, year)));
        Assert.True(made.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, made.StatusCode.ToString());

        var (subject, ownUnit, office, kabupaten) = Token(person);
        using var client = new HttpClient(factory.Server.CreateHandler()) { BaseAddress = factory.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token(subject, ownUnit, office, kabupaten));

        var body = await Json(await client.GetAsync($"/recap/{level}/{year}"), (HttpStatusCode)expected);

        if (expected == 403)
        {
            Assert.Equal(subject, Problem(body, "auth.forbidden").GetProperty("attemptedValue").GetString());
        }
        else
        {
            Assert.Equal("recapTable", body.GetProperty("kind").GetString());
        }
    }

    private static (string Subject, string? Unit, string? Office, string? Kabupaten) Token(string person) => person switch
    {
        "staf" => ("dewi", Pem, WebApiFactory.OfficeCode, null),
        "kasubbag" => ("kasubbag", Sek, WebApiFactory.OfficeCode, null),
        "camat" => ("camat", Kecamatan, WebApiFactory.OfficeCode, null),
        "plh-sekcam" => ("eko", Sek, WebApiFactory.OfficeCode, null),
        "kabupaten" => ("inspektorat", null, null, WebApiFactory.KabupatenCode),
        _ => ("inspektorat-lain", null, null, "DEMO-3304"),
    };
}
