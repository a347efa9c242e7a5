using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kinerja.Samples.WebApi.LoadTest;
using Kinerja.Samples.WebApi.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>
/// Regression for what the load test found on PostgreSQL (docs/samples-webapi.md, "Load test"): an instance read
/// while other actions commit was answered 409 <c>sop.chain-broken</c> (head mismatch) although nothing was
/// tampered with, because its row and its events were read by separate statements, and after three reads that an
/// action split, the row of one moment was checked against the events of another. Here an interceptor commits an
/// action just before every read of the events of a chosen request, which splits every read of the old kind.
/// </summary>
public sealed class SopReadRaceTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public Task Read_ActionsCommittedDuringTheRead_ConsistentNot409() => SopReadRace.Run(app.Factory, "t-readrace");
}

/// <summary>The same on PostgreSQL, when <c>KINERJA_TEST_POSTGRES</c> is set.</summary>
public sealed class PostgresSopReadRaceTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [PostgresFact]
    public Task Read_ActionsCommittedDuringTheRead_ConsistentNot409() => SopReadRace.Run(app.Factory, "t-readrace");
}

internal static class SopReadRace
{
    public static async Task Run(WebApiFactory factory, string id)
    {
        var interleave = new InterleavingInterceptor();
        // The app's KinerjaDbContext is one of the two provider contexts (Database.AddKinerjaDatabase): intercept both.
        using var racing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s
            .ConfigureDbContext<SqliteKinerjaDbContext>(o => o.AddInterceptors(interleave))
            .ConfigureDbContext<PostgresKinerjaDbContext>(o => o.AddInterceptors(interleave))));
        using var http = racing.CreateClient();
        interleave.Act = () => NextActionAsync(http, factory, id);

        var started = await Send(http, factory, HttpMethod.Post, "/sop/instances", SopScript.Starter, JsonSerializer.Serialize(new { templateId = SopScript.TemplateId, subject = "x", instanceId = id }), null);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        for (var i = 0; i < 3; i++)
        {
            await NextActionAsync(http, factory, id);
        }

        // Every read of the events in this GET is preceded by another action's commit (at most three of them).
        interleave.Remaining = 3;
        var read = await Send(http, factory, HttpMethod.Get, "/sop/instances/" + id, "sekcam", null, null);
        var body = await read.Content.ReadAsStringAsync();
        Assert.True(interleave.Done >= 1, "no action was committed during the read");
        Assert.True(read.StatusCode == HttpStatusCode.OK, body);

        // What it answered is one moment's state: its version, its ETag and its events agree.
        using var document = JsonDocument.Parse(body);
        var version = document.RootElement.GetProperty("version").GetInt32();
        Assert.Equal("\"sop-" + version + "\"", read.Headers.ETag?.ToString());
        Assert.Equal(version, document.RootElement.GetProperty("events").GetArrayLength());
        Assert.True(version >= 4, body);
    }

    /// <summary>The scripted next action of the instance, as the person the roster says acts there.</summary>
    private static async Task NextActionAsync(HttpClient http, WebApiFactory factory, string id)
    {
        var read = await Send(http, factory, HttpMethod.Get, "/sop/instances/" + id, "sekcam", null, null);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var etag = read.Headers.ETag!.ToString();
        var next = SopScript.Next(LoadEngine.Version(etag))!.Value;
        var act = await Send(http, factory, HttpMethod.Post, $"/sop/instances/{id}/{next.Action}", next.Person, SopScript.Body(next.Action, "race " + etag), etag);
        Assert.Equal(HttpStatusCode.OK, act.StatusCode);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, WebApiFactory factory, HttpMethod method, string url, string person, string? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token(person, LoadUnits.UnitOf[person]));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>Before a query that reads <c>sop_event</c>, while <see cref="Remaining"/> lasts, runs <see cref="Act"/> (another request's action) to its commit.</summary>
    private sealed class InterleavingInterceptor : DbCommandInterceptor
    {
        private int _busy;

        public Func<Task>? Act { get; set; }

        public int Remaining { get; set; }

        public int Done { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Remaining > 0 && Act is not null
                && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                && command.CommandText.Contains("sop_event", StringComparison.Ordinal)
                && Interlocked.CompareExchange(ref _busy, 1, 0) == 0)
            {
                try
                {
                    Remaining--;
                    await Act();
                    Done++;
                }
                finally
                {
                    Volatile.Write(ref _busy, 0);
                }
            }

            return result;
        }
    }
}
