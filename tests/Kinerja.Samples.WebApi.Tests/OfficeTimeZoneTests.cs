using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>An office in central Indonesia (Asia/Makassar, WITA): every moment is answered in UTC and, beside it, in WITA.</summary>
public sealed class OfficeTimeZoneTests(SqliteWitaApp app) : IClassFixture<SqliteWitaApp>
{
    private const string Template = "purbalingga-mekanisme-pengukuran-kinerja";

    [Fact]
    public async Task SopMoments_OfficeInMakassar_UtcAndWitaSideBySide()
    {
        // 02:00 UTC on Monday 8 June 2026 is 10:00 WITA: a working moment in Makassar too.
        app.Factory.Clock.Reset(WebApiFactory.Start);
        using var camat = Client("camat", "DEMO-3303-BBS");
        var started = await Scenarios.Json(
            await camat.PostAsync("/sop/instances", Scenarios.Body(new JsonObject { ["templateId"] = Template, ["subject"] = "WITA", ["instanceId"] = "t-wita" })),
            HttpStatusCode.Created);

        Assert.Equal("Asia/Makassar", started.GetProperty("zone").GetProperty("id").GetString());
        Assert.Equal("WITA", started.GetProperty("zone").GetProperty("abbreviation").GetString());
        var started1 = started.GetProperty("events")[0];
        Assert.Equal("2026-06-08T02:00:00Z", started1.GetProperty("at").GetString());
        Assert.Equal("2026-06-08T10:00:00+08:00", started1.GetProperty("atLocal").GetString());
        var step = started.GetProperty("currentStep");
        Assert.Equal("2026-06-08T10:00:00+08:00", step.GetProperty("sinceLocal").GetString());
        Assert.Equal("2026-06-08T02:15:00Z", step.GetProperty("due").GetString()); // step 1: 15 minutes
        Assert.Equal("2026-06-08T10:15:00+08:00", step.GetProperty("dueLocal").GetString());
        Assert.Equal(step.GetProperty("dueLocal").GetString(), started.GetProperty("openSteps")[0].GetProperty("dueLocal").GetString());

        // A fraction of a second is kept, as in the UTC form.
        app.Factory.Clock.Advance(NodaTime.Duration.FromMilliseconds(90_500));
        var acted = await Scenarios.Json(await Scenarios.Send(camat, HttpMethod.Post, "/sop/instances/t-wita/complete", new JsonObject(), "\"sop-1\""), HttpStatusCode.OK);
        Assert.Equal("2026-06-08T02:01:30.5Z", acted.GetProperty("events")[1].GetProperty("at").GetString());
        Assert.Equal("2026-06-08T10:01:30.5+08:00", acted.GetProperty("events")[1].GetProperty("atLocal").GetString());

        // The overdue list a day later: step 2 (Sekcam) is late.
        app.Factory.Clock.AdvanceMinutes(24 * 60);
        var overdue = await Scenarios.Json(await camat.GetAsync("/sop/overdue"), HttpStatusCode.OK);
        Assert.Equal("WITA", overdue.GetProperty("zone").GetProperty("abbreviation").GetString());
        Assert.Equal("2026-06-09T10:01:30.5+08:00", overdue.GetProperty("atLocal").GetString());
        var late = overdue.GetProperty("overdue").EnumerateArray().Single(o => o.GetProperty("instanceId").GetString() == "t-wita");
        Assert.Equal("2026-06-08T10:01:30.5+08:00", late.GetProperty("openedAtLocal").GetString());
        Assert.EndsWith("+08:00", late.GetProperty("dueLocal").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            DateTimeOffset.Parse(late.GetProperty("due").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(late.GetProperty("dueLocal").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private HttpClient Client(string person, string unit)
    {
        var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.Factory.Token(person, unit));
        return client;
    }
}
