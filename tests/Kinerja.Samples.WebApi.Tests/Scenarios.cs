using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Sop;
using Kinerja.Samples.WebApi.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>
/// The integration scenarios, written once and run on every database (SQLite always, PostgreSQL when
/// one is available). Each scenario uses its own unit code or instance id, so they share one app.
/// </summary>
internal sealed class Scenarios(WebApiFactory factory)
{
    private const string Template = "purbalingga-mekanisme-pengukuran-kinerja";

    public async Task CreatePk_Valid_StoredAndReadBack()
    {
        using var client = Client("kasubbag", "DEMO-3303-BBS-SEK");
        var created = await client.PostAsync("/pk", Body(Pk("T-CREATE")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/pk/T-CREATE/2026", created.Headers.Location?.OriginalString);
        Assert.Equal("\"pk-1\"", created.Headers.ETag?.ToString());

        var response = await client.GetAsync("/pk/T-CREATE/2026");
        var read = await Json(response, HttpStatusCode.OK);
        Assert.Equal("\"pk-1\"", response.Headers.ETag?.ToString());
        Assert.Equal("perjanjianKinerja", read.GetProperty("kind").GetString());
        Assert.Equal(1, read.GetProperty("version").GetInt32());
        var indicator = read.GetProperty("sasaran")[0].GetProperty("indicators")[1];
        Assert.Equal("IK2", indicator.GetProperty("id").GetString());
        Assert.Equal("negative", indicator.GetProperty("polarity").GetString());
        Assert.Equal(3m, indicator.GetProperty("annualTarget").GetDecimal());

        var again = await client.PostAsync("/pk", Body(Pk("T-CREATE")));
        var problem = Problem(await Json(again, HttpStatusCode.Conflict), "duplicate");
        Assert.Equal("$.unit.code", problem.GetProperty("path").GetString());
    }

    public async Task CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing()
    {
        using var client = Client("kasubbag", "DEMO-3303-BBS-SEK");
        var pk = Pk("T-BAD");
        pk["pihakPertama"]!["nip"] = "19780312 200501 1 00X";
        pk["sasaran"]![0]!["indicators"]![1]!["satuan"] = "";
        var body = await Json(await client.PostAsync("/pk", Body(pk)), HttpStatusCode.BadRequest);

        var nip = Problem(body, "nip.character");
        Assert.Equal("$.pihakPertama.nip", nip.GetProperty("path").GetString());
        Assert.Equal("19780312 200501 1 00X", nip.GetProperty("attemptedValue").GetString());
        var satuan = Problem(body, "required");
        Assert.Equal("$.sasaran[0].indicators[1].satuan", satuan.GetProperty("path").GetString());
        Assert.Contains("wajib diisi", satuan.GetProperty("message").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pk/T-BAD/2026")).StatusCode);
    }

    public async Task CreatePk_EmptyDocument_400()
    {
        using var client = Client("kasubbag", "DEMO-3303-BBS-SEK");
        var body = await Json(await client.PostAsync("/pk", Body(new JsonObject())), HttpStatusCode.BadRequest);
        Assert.Equal("$.kind", Problem(body, "required").GetProperty("path").GetString());
    }

    public async Task CreatePk_WrongJsonTypeAndUnknownField_400NamesJsonPath()
    {
        using var client = Client("kasubbag", "DEMO-3303-BBS-SEK");
        var pk = Pk("T-JSON");
        pk["sasaran"]![0]!["indicators"]![0]!["annualTarget"] = "banyak";
        pk["sasaran"]![0]!["indicators"]![0]!["warna"] = "merah";
        var body = await Json(await client.PostAsync("/pk", Body(pk)), HttpStatusCode.BadRequest);
        var unknown = Problem(body, "json.unknown-property");
        Assert.Equal("$.sasaran[0].indicators[0].warna", unknown.GetProperty("path").GetString());
        Assert.Equal("$.sasaran[0].indicators[0].annualTarget", Problem(body, "json.type").GetProperty("path").GetString());
        AssertNoDotNetNames(body);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pk/T-JSON/2026")).StatusCode);
    }

    public async Task Body_Malformed_400InOwnWordsWithoutTypeNames()
    {
        using var client = Client("kasubbag", "DEMO-3303-BBS-SEK");
        var body = await Json(await client.PostAsync("/pk", Body("{\"schemaVersion\": 1, \"kind\": \"perjanjianKinerja\", \"year\": 20x6}")), HttpStatusCode.BadRequest);
        var problem = Problem(body, "json.malformed");
        Assert.StartsWith("$: JSON tidak sah di baris 1", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        AssertNoDotNetNames(body);
        foreach (var english in new[] { "invalid", "expected", "token", "value", "Path:", "LineNumber" })
        {
            Assert.DoesNotContain(english, problem.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        }

        var sop = await Json(await Client("camat", "DEMO-3303-BBS").PostAsync("/sop/instances", Body("{\"templateId\": ")), HttpStatusCode.BadRequest);
        Assert.StartsWith("$: JSON tidak sah", Problem(sop, "json.malformed").GetProperty("message").GetString(), StringComparison.Ordinal);
        AssertNoDotNetNames(sop);
    }

    public async Task Auth_NoOrBadToken_401AndNothingStored()
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsync("/pk", Body(Pk("T-BAD")));
        Assert.Equal("Authorization", Problem(await Json(response, HttpStatusCode.Unauthorized), "auth.required").GetProperty("path").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/pk/T-BAD/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/sop/templates")).StatusCode);

        // Signed with another key, or expired: 401 auth.invalid.
        foreach (var token in new[]
        {
            factory.Token("kasubbag", "DEMO-3303-BBS-SEK", key: new byte[32]),
            factory.Token("kasubbag", "DEMO-3303-BBS-SEK", expires: WebApiFactory.Start.Minus(Duration.FromDays(1000))),
        })
        {
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Problem(await Json(await client.PostAsync("/pk", Body(Pk("T-BAD"))), HttpStatusCode.Unauthorized), "auth.invalid");
        }

        using var reader = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/pk/T-BAD/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode);
    }

    public async Task Realisasi_PatchedPerIndicator_CapaianComputedByTheCore()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-CAP")))).StatusCode);
        using var staff = Client("dewi", "T-CAP");
        var etag = await ETag(staff, "/pk/T-CAP/2026/realisasi/1");
        Assert.Equal("\"tw1-0\"", etag);
        var tw1 = Set("T-CAP", R("IK1", 1, 81.2m, bukti: "Laporan SKM TW I"), R("IK2", 1, 3.5m));
        tw1["anggaran"] = new JsonArray(new JsonObject { ["programId"] = "5.01.01", ["triwulan"] = 1, ["amount"] = 270_000_000m });
        var posted = await Json(await Send(staff, HttpMethod.Patch, "/pk/T-CAP/2026/realisasi/1", tw1, etag), HttpStatusCode.OK);
        Assert.Equal(2, posted.GetProperty("realisasi").GetInt32());
        Assert.Equal("\"tw1-1\"", posted.GetProperty("eTag").GetString());
        var tw4 = Set("T-CAP", G("IK3", 4, "BB"));
        Assert.Equal(HttpStatusCode.OK, (await Send(staff, HttpMethod.Patch, "/pk/T-CAP/2026/realisasi/4", tw4, "\"tw4-0\"")).StatusCode);

        var capaian = await Json(await staff.GetAsync("/pk/T-CAP/2026/capaian"), HttpStatusCode.OK);
        var ik1 = Quarter(capaian, "IK1", 1);
        Assert.Equal(81.2m, ik1.GetProperty("realisasi").GetDecimal());
        Assert.Equal(81.2m / 82m * 100m, ik1.GetProperty("capaian").GetProperty("value").GetDecimal());
        Assert.Equal("99,02", ik1.GetProperty("capaian").GetProperty("formatted").GetString());
        Assert.Equal("Sangat Tinggi", ik1.GetProperty("capaian").GetProperty("category").GetString());
        var ik2 = Quarter(capaian, "IK2", 1).GetProperty("capaian");
        Assert.Equal("83,33", ik2.GetProperty("formatted").GetString()); // negative: (2 × 3 − 3,5) / 3 × 100
        Assert.Equal("NotReported", Quarter(capaian, "IK1", 2).GetProperty("capaian").GetProperty("status").GetString());
        Assert.Equal("100,00", Quarter(capaian, "IK3", 4).GetProperty("capaian").GetProperty("formatted").GetString());

        // A PATCH of one indicator changes that indicator only: IK2 and the anggaran stay.
        Assert.Equal(HttpStatusCode.OK, (await Send(staff, HttpMethod.Patch, "/pk/T-CAP/2026/realisasi/1", Set("T-CAP", R("IK1", 1, 82m)), "\"tw1-1\"")).StatusCode);
        var quarter = await Json(await staff.GetAsync("/pk/T-CAP/2026/realisasi/1"), HttpStatusCode.OK);
        Assert.Equal("measurementSet", quarter.GetProperty("kind").GetString());
        Assert.Equal(2, quarter.GetProperty("realisasi").GetArrayLength());
        Assert.Equal(82m, quarter.GetProperty("realisasi").EnumerateArray().Single(r => r.GetProperty("indicatorId").GetString() == "IK1").GetProperty("value").GetDecimal());
        Assert.Equal(1, quarter.GetProperty("anggaran").GetArrayLength());

        // Replacing the whole quarter is its own operation (PUT): what is not in the body goes.
        Assert.Equal(HttpStatusCode.OK, (await Send(staff, HttpMethod.Put, "/pk/T-CAP/2026/realisasi/1", Set("T-CAP", R("IK1", 1, 82m)), "\"tw1-2\"")).StatusCode);
        capaian = await Json(await staff.GetAsync("/pk/T-CAP/2026/capaian"), HttpStatusCode.OK);
        Assert.Equal("100,00", Quarter(capaian, "IK1", 1).GetProperty("capaian").GetProperty("formatted").GetString());
        Assert.Equal("NotReported", Quarter(capaian, "IK2", 1).GetProperty("capaian").GetProperty("status").GetString());
        Assert.Equal("100,00", Quarter(capaian, "IK3", 4).GetProperty("capaian").GetProperty("formatted").GetString());
    }

    public async Task Realisasi_Invalid_400NamesFieldAndKeepsStored()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-RBAD")))).StatusCode);
        using var staff = Client("dewi", "T-RBAD");
        Assert.Equal(HttpStatusCode.OK, (await Send(staff, HttpMethod.Patch, "/pk/T-RBAD/2026/realisasi/2", Set("T-RBAD", R("IK1", 2, 80m)), "\"tw2-0\"")).StatusCode);
        var before = await Snapshot("T-RBAD");

        var bad = Set("T-RBAD", R("IK1", 2, 70m), R("IK9", 2, 1m), R("IK2", 2, -1m), R("IK2", 3, 1m));
        var body = await Json(await Send(staff, HttpMethod.Patch, "/pk/T-RBAD/2026/realisasi/2", bad, "\"tw2-1\""), HttpStatusCode.BadRequest);
        var unknown = Problem(body, "reference.unknown");
        Assert.Equal("$.realisasi[1].indicatorId", unknown.GetProperty("path").GetString());
        Assert.Equal("IK9", unknown.GetProperty("attemptedValue").GetString());
        Assert.Equal("$.realisasi[2].value", Problem(body, "realisasi.negative").GetProperty("path").GetString());

        var otherQuarter = await Json(await Send(staff, HttpMethod.Patch, "/pk/T-RBAD/2026/realisasi/2", Set("T-RBAD", R("IK2", 3, 1m)), "\"tw2-1\""), HttpStatusCode.BadRequest);
        Assert.Equal("$.realisasi[0].triwulan", Problem(otherQuarter, "out-of-range").GetProperty("path").GetString());
        var quarter = await Json(await Send(staff, HttpMethod.Patch, "/pk/T-RBAD/2026/realisasi/5", Set("T-RBAD", R("IK1", 2, 80m)), "\"tw5-0\""), HttpStatusCode.BadRequest);
        Assert.Equal("triwulan", Problem(quarter, "triwulan.out-of-range").GetProperty("path").GetString());

        // No If-Match: 428; a stale one: 412; both change nothing.
        Problem(await Json(await Send(staff, HttpMethod.Patch, "/pk/T-RBAD/2026/realisasi/2", Set("T-RBAD", R("IK1", 2, 70m)), null), (HttpStatusCode)428), "precondition.required");
        var stale = Problem(await Json(await Send(staff, HttpMethod.Patch, "/pk/T-RBAD/2026/realisasi/2", Set("T-RBAD", R("IK1", 2, 70m)), "\"tw2-0\""), HttpStatusCode.PreconditionFailed), "precondition.failed");
        Assert.Contains("\"tw2-1\"", stale.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot("T-RBAD"));
    }

    public async Task Anggaran_KeptCumulatively_StoredAsTheQuartersOwn_DecreaseAndGapRefused()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-CUM")))).StatusCode);
        using var staff = Client("dewi", "T-CUM");
        static JsonObject ToDate(int triwulan, decimal amount)
        {
            var set = Set("T-CUM");
            set["budgetEntry"] = "cumulative";
            set["anggaran"] = new JsonArray(new JsonObject { ["programId"] = "5.01.01", ["triwulan"] = triwulan, ["amount"] = amount });
            return set;
        }

        // s.d. TW I Rp 18.920.000, s.d. TW II Rp 231.160.000: TW II alone is Rp 212.240.000 (D48's worked example).
        Assert.Equal(HttpStatusCode.OK, (await Send(staff, HttpMethod.Patch, "/pk/T-CUM/2026/realisasi/1", ToDate(1, 18_920_000m), "\"tw1-0\"")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(staff, HttpMethod.Patch, "/pk/T-CUM/2026/realisasi/2", ToDate(2, 231_160_000m), "\"tw2-0\"")).StatusCode);
        var tw2 = await Json(await staff.GetAsync("/pk/T-CUM/2026/realisasi/2"), HttpStatusCode.OK);
        Assert.Equal(212_240_000m, tw2.GetProperty("anggaran")[0].GetProperty("amount").GetDecimal());
        var before = await Snapshot("T-CUM");

        // Below the figure to TW II: refused at the amount, naming both figures; nothing stored.
        var down = await Json(await Send(staff, HttpMethod.Patch, "/pk/T-CUM/2026/realisasi/3", ToDate(3, 200_000_000m), "\"tw3-0\""), HttpStatusCode.BadRequest);
        var decreasing = Problem(down, "amount.cumulative-decreasing");
        Assert.Equal("$.anggaran[0].amount", decreasing.GetProperty("path").GetString());
        Assert.Contains("231160000", decreasing.GetProperty("messageEnglish").GetString()!.Replace(".", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        // TW IV to date while TW III is not stored: its own amount cannot be told; refused.
        var gap = await Json(await Send(staff, HttpMethod.Patch, "/pk/T-CUM/2026/realisasi/4", ToDate(4, 300_000_000m), "\"tw4-0\""), HttpStatusCode.BadRequest);
        Assert.Equal("$.anggaran[0].amount", Problem(gap, "amount.cumulative-gap").GetProperty("path").GetString());
        Assert.Equal(before, await Snapshot("T-CUM"));

        // Per quarter (no budgetEntry) the figure is the quarter's own, as before.
        var own = Set("T-CUM");
        own["anggaran"] = new JsonArray(new JsonObject { ["programId"] = "5.01.01", ["triwulan"] = 3, ["amount"] = 50_000_000m });
        Assert.Equal(HttpStatusCode.OK, (await Send(staff, HttpMethod.Patch, "/pk/T-CUM/2026/realisasi/3", own, "\"tw3-0\"")).StatusCode);
        var tw3 = await Json(await staff.GetAsync("/pk/T-CUM/2026/realisasi/3"), HttpStatusCode.OK);
        Assert.Equal(50_000_000m, tw3.GetProperty("anggaran")[0].GetProperty("amount").GetDecimal());
    }

    public async Task NullEntries_400AtTheirPathsNot500()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        var pk = Pk("T-NULL");
        pk["sasaran"] = new JsonArray((JsonNode?)null);
        var body = await Json(await author.PostAsync("/pk", Body(pk)), HttpStatusCode.BadRequest);
        Assert.Contains(body.GetProperty("problems").EnumerateArray(), p => p.GetProperty("path").GetString()!.StartsWith("$.sasaran[0]", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-NULL")))).StatusCode);
        using var staff = Client("dewi", "T-NULL");
        var before = await Snapshot("T-NULL");
        foreach (var (member, value) in new (string, JsonNode?)[]
        {
            ("realisasi", new JsonArray((JsonNode?)null)),
            ("anggaran", new JsonArray((JsonNode?)null)),
            ("realisasi", new JsonArray(new JsonObject { ["indicatorId"] = "IK1", ["triwulan"] = 1, ["value"] = 1, ["buktiDukung"] = new JsonArray((JsonNode?)null) })),
        })
        {
            var set = Set("T-NULL");
            set[member] = value;
            var refused = await Json(await Send(staff, HttpMethod.Patch, "/pk/T-NULL/2026/realisasi/1", set, "\"tw1-0\""), HttpStatusCode.BadRequest);
            Assert.Contains(refused.GetProperty("problems").EnumerateArray(), p => p.GetProperty("path").GetString()!.StartsWith("$." + member + "[0]", StringComparison.Ordinal));
            AssertNoDotNetNames(refused);
        }

        Assert.Equal(before, await Snapshot("T-NULL"));
    }

    public async Task ManyDuplicates_ListCappedAt100WithCount_TooLargeBody413()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-DUP")))).StatusCode);
        using var staff = Client("dewi", "T-DUP");
        var before = await Snapshot("T-DUP");

        // 10 000 rows of the same indicator: 9 999 duplicates, 100 listed.
        var rows = Enumerable.Range(0, 10_000).Select(_ => R("IK1", 1, 1m)).ToArray();
        var body = await Json(await Send(staff, HttpMethod.Patch, "/pk/T-DUP/2026/realisasi/1", Set("T-DUP", rows), "\"tw1-0\""), HttpStatusCode.BadRequest);
        Assert.Equal(100, body.GetProperty("problems").GetArrayLength());
        Assert.Equal(9_999, body.GetProperty("problemCount").GetInt32());

        // 400 000 duplicate rows (about 15 MB): refused by size before it is read, as a problem document.
        var big = new StringBuilder("{\"schemaVersion\":1,\"kind\":\"measurementSet\",\"pk\":{\"unitCode\":\"T-DUP\",\"year\":2026},\"realisasi\":[");
        for (var i = 0; i < 400_000; i++)
        {
            big.Append(i == 0 ? string.Empty : ",").Append("{\"indicatorId\":\"IK1\",\"triwulan\":1,\"value\":1}");
        }

        big.Append("]}");
        var response = await Send(staff, HttpMethod.Patch, "/pk/T-DUP/2026/realisasi/1", big.ToString(), "\"tw1-0\"");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var tooLarge = Problem(await Json(response, HttpStatusCode.RequestEntityTooLarge), "body.too-large");
        Assert.Contains("1048576", tooLarge.GetProperty("messageEnglish").GetString(), StringComparison.Ordinal);
        Assert.True(response.Content.Headers.ContentLength is null or < 10_000);
        Assert.Equal(before, await Snapshot("T-DUP"));
    }

    public async Task Ids_SlashNulAndLength_400AndNothingStored()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        foreach (var code in new[] { "T-BAD/1", "T-BAD\u0000", new string('T', 41) })
        {
            var body = await Json(await author.PostAsync("/pk", Body(Pk(code))), HttpStatusCode.BadRequest);
            var problem = body.GetProperty("problems")[0];
            Assert.Equal("$.unit.code", problem.GetProperty("path").GetString());
            Assert.DoesNotContain("\u0000", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        // A NUL never reaches a route (the server refuses the request); an encoded slash (kept as %2F) or a space does, and is refused.
        foreach (var (route, value) in new[] { ("/pk/T-BAD%2F1/2026", "T-BAD%2F1"), ("/pk/T%20BAD/2026", "T BAD") })
        {
            var refused = Problem(await Json(await author.GetAsync(route), HttpStatusCode.BadRequest), "text.characters");
            Assert.Equal("unitCode", refused.GetProperty("path").GetString());
            Assert.Equal(value, refused.GetProperty("attemptedValue").GetString());
        }

        using var camat = Client("camat", "DEMO-3303-BBS");
        var longId = new string('a', 100_000);
        var response = await camat.PostAsync("/sop/instances", Body(new JsonObject { ["templateId"] = Template, ["subject"] = "x", ["instanceId"] = longId }));
        var tooLong = Problem(await Json(response, HttpStatusCode.BadRequest), "text.too-long");
        Assert.Equal("$.instanceId", tooLong.GetProperty("path").GetString());
        Assert.True(tooLong.GetProperty("attemptedValue").GetString()!.Length <= 201);
        Assert.Contains("100000", tooLong.GetProperty("messageEnglish").GetString(), StringComparison.Ordinal);
        var slash = await camat.PostAsync("/sop/instances", Body(new JsonObject { ["templateId"] = Template, ["subject"] = "x", ["instanceId"] = "a/b" }));
        Problem(await Json(slash, HttpStatusCode.BadRequest), "text.characters");
        var unknown = await camat.PostAsync("/sop/instances", Body(new JsonObject { ["templateId"] = Template, ["subject"] = "x", ["prioritas"] = 1 }));
        Assert.Equal("$.prioritas", Problem(await Json(unknown, HttpStatusCode.BadRequest), "json.unknown-property").GetProperty("path").GetString());
        Assert.Equal(0, await Count(db => db.SopInstances.CountAsync(i => i.Subject == "x")));
        Assert.Equal(0, await Count(db => db.PerjanjianKinerja.CountAsync(p => p.UnitCode.StartsWith("T-BAD"))));
    }

    public async Task ServerError_ProblemWithoutStackTrace()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-500")))).StatusCode);
        await Count(async db =>
        {
            var row = await db.PerjanjianKinerja.SingleAsync(p => p.UnitCode == "T-500");
            row.Document = "{ rusak";
            return await db.SaveChangesAsync();
        });
        var response = await author.GetAsync("/pk/T-500/2026/capaian");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("server.error", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", text, StringComparison.Ordinal);
    }

    public async Task Realisasi_FortyWritersOfOneQuarter_OneWinsPerETag()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-RACE")))).StatusCode);
        var clients = Enumerable.Range(0, 40).Select(_ => Client("dewi", "T-RACE")).ToArray();
        var responses = await Task.WhenAll(clients.Select((c, i) =>
            Send(c, HttpMethod.Patch, "/pk/T-RACE/2026/realisasi/1", Set("T-RACE", R(i % 2 == 0 ? "IK1" : "IK2", 1, 100m + i)), "\"tw1-0\"")));
        var codes = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, codes.Count(c => c == HttpStatusCode.OK));
        Assert.Equal(39, codes.Count(c => c == HttpStatusCode.PreconditionFailed));
        var winner = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK);

        var quarter = await clients[0].GetAsync("/pk/T-RACE/2026/realisasi/1");
        Assert.Equal("\"tw1-1\"", quarter.Headers.ETag?.ToString());
        var entry = Assert.Single((await Json(quarter, HttpStatusCode.OK)).GetProperty("realisasi").EnumerateArray());
        Assert.Equal(100m + winner, entry.GetProperty("value").GetDecimal());
        foreach (var c in clients)
        {
            c.Dispose();
        }
    }

    public async Task CreatePk_TwelveAtOnce_One201Others409()
    {
        var clients = Enumerable.Range(0, 12).Select(_ => Client("kasubbag", "DEMO-3303-BBS-SEK")).ToArray();
        var responses = await Task.WhenAll(clients.Select(c => c.PostAsync("/pk", Body(Pk("T-PKRACE")))));
        var codes = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, codes.Count(c => c == HttpStatusCode.Created));
        Assert.Equal(11, codes.Count(c => c == HttpStatusCode.Conflict));
        Assert.Equal(1, await Count(db => db.PerjanjianKinerja.CountAsync(p => p.UnitCode == "T-PKRACE")));
        Assert.Equal(4, await Count(db => db.Quarters.CountAsync(p => p.UnitCode == "T-PKRACE")));
        foreach (var c in clients)
        {
            c.Dispose();
        }
    }

    public async Task RevisePk_IfMatch_NextVersionOr412()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-ETAG")))).StatusCode);
        var revision = Pk("T-ETAG");
        revision["version"] = 2;
        revision["revisionNote"] = "Perubahan target IK1";
        revision["sasaran"]![0]!["indicators"]![0]!["annualTarget"] = 86;
        Problem(await Json(await Send(author, HttpMethod.Put, "/pk/T-ETAG/2026", revision, null), (HttpStatusCode)428), "precondition.required");
        var revised = await Send(author, HttpMethod.Put, "/pk/T-ETAG/2026", revision, "\"pk-1\"");
        Assert.Equal("\"pk-2\"", revised.Headers.ETag?.ToString());
        Assert.Equal(2, (await Json(revised, HttpStatusCode.OK)).GetProperty("version").GetInt32());
        Problem(await Json(await Send(author, HttpMethod.Put, "/pk/T-ETAG/2026", revision, "\"pk-1\""), HttpStatusCode.PreconditionFailed), "precondition.failed");
        Assert.Equal(86m, (await Json(await author.GetAsync("/pk/T-ETAG/2026"), HttpStatusCode.OK)).GetProperty("sasaran")[0].GetProperty("indicators")[0].GetProperty("annualTarget").GetDecimal());
    }

    public async Task Sop_RunByItsRoles_WithOneReturn_Completes()
    {
        const string id = "t-run";
        var v = await Start(id);
        v = await Act(id, "complete", "camat", v);   // 1 Camat memerintahkan Sekcam
        v = await Act(id, "complete", "sekcam", v);  // 2 Sekcam
        v = await Act(id, "complete", "kasi", v);    // 3 Kepala Seksi
        v = await Act(id, "complete", "camat", v);   // 4 Camat
        for (var step = 5; step <= 9; step++)
        {
            v = await Act(id, "complete", "ani", v, new { outputs = new[] { $"langkah-{step}.xlsx" } }); // 5-9 Tim SAKIP
        }

        v = await Act(id, "return", "sekcam", v, new { reason = "IK 2 belum ada bukti dukung" }); // 10 → 9
        var state = await Get(id);
        Assert.Equal("9", state.GetProperty("currentStep").GetProperty("key").GetString());
        v = await Act(id, "complete", "ani", v);     // 9 again
        v = await Act(id, "approve", "eko", v);      // 10 Plh. Sekcam approves
        v = await Act(id, "approve", "camat", v);    // 11 Camat approves
        v = await Act(id, "complete", "camat", v);   // 12

        state = await Get(id);
        Assert.Equal("CompletedWithGaps", // the Purbalingga template records gaps in steps 1-8 (lost text)
            state.GetProperty("status").GetString());
        Assert.Equal(v, state.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("currentStep").ValueKind);
        var events = state.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(15, events.Count); // started, 1-9, returned, 9 again, 10, 11, 12
        Assert.Equal("Returned", events[10].GetProperty("kind").GetString());
        Assert.Equal("IK 2 belum ada bukti dukung", events[10].GetProperty("note").GetString());
        Assert.Equal("sekcam", events[12].GetProperty("role").GetString());
        Assert.Equal("eko", events[12].GetProperty("personId").GetString());
        Assert.Equal("langkah-5.xlsx", events[5].GetProperty("outputs")[0].GetString());

        // Eko's approval as Plh. Sekcam is hashed with its grant (acting, acting for, letter): the stored log still verifies.
        using var sekcam = Client("sekcam");
        var verdict = await Json(await sekcam.GetAsync($"/sop/instances/{id}/verify"), HttpStatusCode.OK);
        Assert.Equal("Intact", verdict.GetProperty("status").GetString());
        Assert.Equal(15, verdict.GetProperty("eventCount").GetInt32());
    }

    public async Task Sop_Verify_UntouchedInstance_IntactForWhoMayReadIt()
    {
        const string id = "t-chain-ok";
        var v = await Start(id);
        v = await Act(id, "complete", "camat", v);
        await Act(id, "complete", "sekcam", v);

        using var camat = Client("camat");
        var verdict = await Json(await camat.GetAsync($"/sop/instances/{id}/verify"), HttpStatusCode.OK);
        Assert.Equal("Intact", verdict.GetProperty("status").GetString());
        Assert.Equal("None", verdict.GetProperty("fault").GetString());
        Assert.Equal(3, verdict.GetProperty("eventCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, verdict.GetProperty("problem").ValueKind);
        var head = verdict.GetProperty("head").GetString();
        Assert.Matches("^[0-9a-f]{64}$", head);
        Assert.Equal(head, verdict.GetProperty("storedHead").GetString());
        Assert.Equal(head, await Count(async db => (await db.SopEvents.AsNoTracking().SingleAsync(e => e.InstanceId == id && e.Sequence == 3)).Hash) );

        // Who may read the instance may verify it: the kabupaten of the office yes, another kabupaten and no token no.
        using var kabupaten = factory.CreateClient();
        kabupaten.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token("inspektorat", null, null, WebApiFactory.KabupatenCode));
        Assert.Equal(HttpStatusCode.OK, (await kabupaten.GetAsync($"/sop/instances/{id}/verify")).StatusCode);
        using var other = factory.CreateClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token("inspektorat", null, null, "DEMO-9999"));
        Problem(await Json(await other.GetAsync($"/sop/instances/{id}/verify"), HttpStatusCode.Forbidden), "auth.forbidden");
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/sop/instances/{id}/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await camat.GetAsync("/sop/instances/t-none/verify")).StatusCode);
    }

    public async Task Sop_EventRowEdited_VerifyBrokenAtThatEvent_ActionsRefusedAndNothingChanged()
    {
        const string id = "t-chain-edit";
        var v = await Start(id);
        v = await Act(id, "complete", "camat", v);
        v = await Act(id, "complete", "sekcam", v);

        // Someone with access to the database makes event 2 say another person acted.
        await Count(async db =>
        {
            var row = await db.SopEvents.SingleAsync(e => e.InstanceId == id && e.Sequence == 2);
            row.PersonId = "eko";
            return await db.SaveChangesAsync();
        });
        var before = await SopSnapshot(id);

        using var kasi = Client("kasi");
        var verdict = await Json(await kasi.GetAsync($"/sop/instances/{id}/verify"), HttpStatusCode.OK);
        Assert.Equal("Broken", verdict.GetProperty("status").GetString());
        Assert.Equal("HashMismatch", verdict.GetProperty("fault").GetString());
        Assert.Equal(1, verdict.GetProperty("firstBadIndex").GetInt32());
        Assert.Equal(2, verdict.GetProperty("firstBadSequence").GetInt32());
        Assert.Equal(JsonValueKind.Null, verdict.GetProperty("head").ValueKind);
        Assert.Equal("sop.chain-broken", verdict.GetProperty("problem").GetProperty("code").GetString());
        Assert.Equal("events[1]", verdict.GetProperty("problem").GetProperty("path").GetString());

        // Reading and acting are refused at that event, and nothing is written.
        var read = Problem(await Json(await kasi.GetAsync($"/sop/instances/{id}"), HttpStatusCode.Conflict), "sop.chain-broken");
        Assert.Equal("events[1]", read.GetProperty("path").GetString());
        Assert.Contains("nomor 2", read.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("event 2", read.GetProperty("messageEnglish").GetString(), StringComparison.Ordinal);
        var act = await Json(await Send(kasi, HttpMethod.Post, $"/sop/instances/{id}/complete", new JsonObject(), Sop(v)), HttpStatusCode.Conflict);
        Assert.Equal("events[1]", Problem(act, "sop.chain-broken").GetProperty("path").GetString());
        AssertNoDotNetNames(act);
        using var camat = Client("camat");
        Problem(await Json(await Send(camat, HttpMethod.Post, $"/sop/instances/{id}/cancel", new JsonObject { ["reason"] = "hapus jejak" }, Sop(v)), HttpStatusCode.Conflict), "sop.chain-broken");
        Assert.Equal(before, await SopSnapshot(id));

        // The overdue list names the instance it cannot read instead of leaving it out.
        var overdue = await Json(await kasi.GetAsync("/sop/overdue"), HttpStatusCode.OK);
        Assert.Contains(id, overdue.GetProperty("chainBroken").EnumerateArray().Select(e => e.GetString()));
    }

    public async Task Sop_LastEventDeleted_CaughtByTheStoredHead()
    {
        const string id = "t-chain-cut";
        var v = await Start(id);
        v = await Act(id, "complete", "camat", v);
        v = await Act(id, "complete", "sekcam", v);

        // The last event removed: what is left still chains, but no longer ends at the head kept on the instance row.
        await Count(async db =>
        {
            db.SopEvents.Remove(await db.SopEvents.SingleAsync(e => e.InstanceId == id && e.Sequence == 3));
            return await db.SaveChangesAsync();
        });
        var before = await SopSnapshot(id);

        using var sekcam = Client("sekcam");
        var verdict = await Json(await sekcam.GetAsync($"/sop/instances/{id}/verify"), HttpStatusCode.OK);
        Assert.Equal("Broken", verdict.GetProperty("status").GetString());
        Assert.Equal("HeadMismatch", verdict.GetProperty("fault").GetString());
        Assert.Equal(2, verdict.GetProperty("firstBadIndex").GetInt32());
        Assert.Equal("events", verdict.GetProperty("problem").GetProperty("path").GetString());

        Problem(await Json(await sekcam.GetAsync($"/sop/instances/{id}"), HttpStatusCode.Conflict), "sop.chain-broken");
        foreach (var version in new[] { v - 1, v })
        {
            Problem(await Json(await Send(sekcam, HttpMethod.Post, $"/sop/instances/{id}/complete", new JsonObject(), Sop(version)), HttpStatusCode.Conflict), "sop.chain-broken");
        }

        Assert.Equal(before, await SopSnapshot(id));

        // Clearing the head as well does not skip the check: hashed events without a head are broken too.
        await Count(async db =>
        {
            (await db.SopInstances.SingleAsync(i => i.Id == id)).ChainHead = null;
            return await db.SaveChangesAsync();
        });
        Assert.Equal("HeadMismatch", (await Json(await sekcam.GetAsync($"/sop/instances/{id}/verify"), HttpStatusCode.OK)).GetProperty("fault").GetString());
        Problem(await Json(await Send(sekcam, HttpMethod.Post, $"/sop/instances/{id}/complete", new JsonObject(), Sop(v - 1)), HttpStatusCode.Conflict), "sop.chain-broken");
    }

    public async Task Sop_WrongRole_403WithEngineProblemAndNothingChanged()
    {
        const string id = "t-role";
        var v = await Start(id);
        v = await Act(id, "complete", "camat", v);
        var before = (await Get(id)).GetRawText();

        using var ani = Client("ani");
        var refused = await Send(ani, HttpMethod.Post, $"/sop/instances/{id}/complete", new JsonObject(), Sop(v));
        var problem = Problem(await Json(refused, HttpStatusCode.Forbidden), "sop.wrong-role");
        Assert.Equal("personId", problem.GetProperty("path").GetString());
        Assert.Equal("ani", problem.GetProperty("attemptedValue").GetString());
        Assert.Contains("Sekcam", problem.GetProperty("messageEnglish").GetString(), StringComparison.Ordinal);

        // Refused before anything was written: the stored instance is as it was.
        Assert.Equal(before, (await Get(id)).GetRawText());

        // Starting is authorised too: only the first step's role (Camat) may start.
        using var kasi = Client("kasi");
        var start = await kasi.PostAsync("/sop/instances", Body(new JsonObject { ["templateId"] = Template, ["subject"] = "x", ["instanceId"] = "t-role-2" }));
        Problem(await Json(start, HttpStatusCode.Forbidden), "sop.wrong-role");
        Assert.Equal(HttpStatusCode.NotFound, (await kasi.GetAsync("/sop/instances/t-role-2")).StatusCode);
    }

    public async Task Sop_StaleVersion_412AndNothingChanged()
    {
        const string id = "t-stale";
        var v1 = await Start(id);
        var v2 = await Act(id, "complete", "camat", v1);
        var before = (await Get(id)).GetRawText();

        using var sekcam = Client("sekcam");
        var stale = await Send(sekcam, HttpMethod.Post, $"/sop/instances/{id}/complete", new JsonObject(), Sop(v1));
        var problem = Problem(await Json(stale, HttpStatusCode.PreconditionFailed), "precondition.failed");
        Assert.Equal(Sop(v1), problem.GetProperty("attemptedValue").GetString());
        Assert.Equal(before, (await Get(id)).GetRawText());
        Assert.Equal(v2 + 1, await Act(id, "complete", "sekcam", v2));
    }

    public async Task Sop_ActionThatDoesNotFit_400_CancelledInstance_409()
    {
        const string id = "t-misfit";
        var v = await Start(id);
        using var camat = Client("camat");
        var approve = await Send(camat, HttpMethod.Post, $"/sop/instances/{id}/approve", new JsonObject(), Sop(v));
        Assert.Equal("action", Problem(await Json(approve, HttpStatusCode.BadRequest), "sop.wrong-action").GetProperty("path").GetString());
        var noVersion = await Send(camat, HttpMethod.Post, $"/sop/instances/{id}/complete", new JsonObject { ["note"] = "x" }, null);
        Assert.Equal("If-Match", Problem(await Json(noVersion, (HttpStatusCode)428), "precondition.required").GetProperty("path").GetString());
        var cancelWithoutReason = await Send(camat, HttpMethod.Post, $"/sop/instances/{id}/cancel", new JsonObject(), Sop(v));
        Problem(await Json(cancelWithoutReason, HttpStatusCode.BadRequest), "sop.reason-required");
        Assert.Equal(HttpStatusCode.NotFound, (await Send(camat, HttpMethod.Post, $"/sop/instances/{id}/skip", new JsonObject(), Sop(v))).StatusCode);

        v = await Act(id, "cancel", "camat", v, new { reason = "salah periode" });
        Assert.Equal("Cancelled", (await Get(id)).GetProperty("status").GetString());
        var afterEnd = await Send(camat, HttpMethod.Post, $"/sop/instances/{id}/complete", new JsonObject(), Sop(v));
        Problem(await Json(afterEnd, HttpStatusCode.Conflict), "sop.not-running");
        Assert.Equal(HttpStatusCode.NotFound, (await Send(camat, HttpMethod.Post, "/sop/instances/t-none/complete", new JsonObject(), Sop(1))).StatusCode);
    }

    public async Task Sop_TwoActionsOnOneVersionAtOnce_ExactlyOneWins()
    {
        const string id = "t-race";
        var v = await Start(id);
        using var a = Client("camat");
        using var b = Client("camat");
        var responses = await Task.WhenAll(
            Send(a, HttpMethod.Post, $"/sop/instances/{id}/complete", new JsonObject { ["note"] = "a" }, Sop(v)),
            Send(b, HttpMethod.Post, $"/sop/instances/{id}/complete", new JsonObject { ["note"] = "b" }, Sop(v)));
        var codes = responses.Select(r => r.StatusCode).OrderBy(c => c).ToArray();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], codes);
        var state = await Get(id);
        Assert.Equal(v + 1, state.GetProperty("version").GetInt32());
        Assert.Equal(2, state.GetProperty("events").GetArrayLength());
    }

    public async Task Sop_Overdue_ListsTheOpenStepAndWhoMustAct()
    {
        const string id = "t-late";
        factory.Clock.Reset(WebApiFactory.Start);
        await Start(id); // step 1, Camat, "15 Menit", opened Monday 09:00 WIB
        factory.Clock.AdvanceMinutes(60);

        using var client = Client("sekcam");
        var body = await Json(await client.GetAsync("/sop/overdue"), HttpStatusCode.OK);
        var late = body.GetProperty("overdue").EnumerateArray().Single(o => o.GetProperty("instanceId").GetString() == id);
        Assert.Equal("1", late.GetProperty("step").GetString());
        Assert.Equal("camat", late.GetProperty("role").GetProperty("id").GetString());
        Assert.Equal(45, late.GetProperty("overdueByWorkingMinutes").GetInt64());
        Assert.Equal("2026-06-08T02:15:00Z", late.GetProperty("due").GetString());
        Assert.Equal("2026-06-08T09:15:00+07:00", late.GetProperty("dueLocal").GetString()); // the demo office's zone: WIB
        Assert.Equal("2026-06-08T09:00:00+07:00", late.GetProperty("openedAtLocal").GetString());
        Assert.Equal("WIB", body.GetProperty("zone").GetProperty("abbreviation").GetString());
        Assert.Equal("2026-06-08T10:00:00+07:00", body.GetProperty("atLocal").GetString());
        Assert.Equal("camat", Assert.Single(late.GetProperty("whoMustAct").EnumerateArray()).GetProperty("id").GetString());
    }

    public void Sop_EveryBuiltInTemplate_HasADemoHolderForEveryRoleThatActs()
    {
        var roster = factory.Services.GetRequiredService<OfficeRoster>();
        var at = factory.Clock.GetCurrentInstant();
        foreach (var template in SopTemplates.All)
        {
            foreach (var role in template.Steps.SelectMany(s => s.Actors).Distinct().Select(id => template.FindRole(id)!))
            {
                Assert.True(roster.HoldersOf(role, at).Count > 0, template.Id + ": nobody holds " + role.Name);
            }
        }
    }

    public async Task Sop_ParallelTracks_EachPartActedOnByItsRole_MeetAtTheCollection()
    {
        // Bobotsari: step 2 opens the Program track (3, 5, 7) and the kegiatan track (4, 6); step 8 waits for both.
        const string id = "t-tracks";
        var v = await Start(id, "bobotsari-laporan-pengukuran-pk", "kasubbag");
        v = await Act(id, "complete", "kasubbag", v);  // 1
        v = await Act(id, "complete", "kasubbag", v);  // 2, splits to 3 and 4
        v = await Act(id, "complete", "dewi", v);      // 4 Staf Pada Seksi (the engine finds her open step)
        v = await Act(id, "complete", "ani", v);       // 3 Staff Pada Sekretariat
        v = await Act(id, "approve", "kasubbag", v);   // 5 Kepala Sub Bagian: on to 7
        v = await Act(id, "complete", "sekcam", v);    // 7 Sekretaris; 8 still waits for the kegiatan track
        Assert.Equal("6", (await Get(id)).GetProperty("currentStep").GetProperty("key").GetString());
        v = await Act(id, "approve", "kasi", v);       // 6 Kepala Seksi: the kegiatan track arrives
        Assert.Equal("8", (await Get(id)).GetProperty("currentStep").GetProperty("key").GetString());
        await Act(id, "complete", "kasubbag", v);
    }

    public async Task Sop_StepByEachUnit_OpensTheNextWhenTheLastHasActed()
    {
        // Bojong: step 2 is done by each of the seven units that supply data.
        const string id = "t-units";
        var v = await Start(id, "bojong-pengumpulan-data-kinerja", "camat");
        v = await Act(id, "complete", "camat", v);
        foreach (var person in new[] { "kasi", "kasi-pm", "kasi-ekbang", "kasi-trantib", "kasi-kesos", "eko" })
        {
            v = await Act(id, "complete", person, v);
            Assert.Equal("2", (await Get(id)).GetProperty("currentStep").GetProperty("key").GetString());
        }

        await Act(id, "complete", "kasubbag", v);      // Kasubag Perencanaan Keuangan dan Laporan, the last
        Assert.Equal("3", (await Get(id)).GetProperty("currentStep").GetProperty("key").GetString());
    }

    public async Task Recap_KecamatanAndKabupaten_ByPolicy_FiguresOfTheCore()
    {
        // A year no other scenario uses: two units with a PK, realisasi of TW I.
        const int year = 2031;
        const string pem = "DEMO-3303-BBS-PEM", trt = "DEMO-3303-BBS-TRT";
        using var author = Client("kasubbag");
        foreach (var unit in new[] { pem, trt })
        {
            Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk(unit, year)))).StatusCode);
        }

        var sets = new Dictionary<string, JsonObject>
        {
            [pem] = Set(pem, year, R("IK1", 1, 81.2m), R("IK2", 1, 3.5m)),
            [trt] = Set(trt, year, R("IK1", 1, 90m)),
        };
        sets[pem]["anggaran"] = new JsonArray(new JsonObject { ["programId"] = "5.01.01", ["triwulan"] = 1, ["amount"] = 270_000_000m });
        using (var dewi = Client("dewi"))
        {
            Assert.Equal(HttpStatusCode.OK, (await Send(dewi, HttpMethod.Patch, $"/pk/{pem}/{year}/realisasi/1", sets[pem], "\"tw1-0\"")).StatusCode);
        }

        using (var kasi = Client("kasi-trantib"))
        {
            Assert.Equal(HttpStatusCode.OK, (await Send(kasi, HttpMethod.Patch, $"/pk/{trt}/{year}/realisasi/1", sets[trt], "\"tw1-0\"")).StatusCode);
        }

        // The core's recap of the same PKs and realisasi, read by the core's readers.
        var rows = new List<Kinerja.Core.Recap.IndicatorMeasurement>();
        var budget = new List<Kinerja.Core.Recap.BudgetMeasurement>();
        foreach (var unit in new[] { pem, trt })
        {
            var pk = Kinerja.Core.Serialization.KinerjaJson.ReadPerjanjianKinerja(Pk(unit, year).ToJsonString()).Value;
            var set = Kinerja.Core.Serialization.KinerjaJson.ReadMeasurementSet(sets[unit].ToJsonString(), pk).Value;
            // The core's own bridge (qualitative indicators by their grades' scores), not the sample's.
            rows.AddRange(Kinerja.Core.Recap.RecapRows.Indicators(pk, set, WebApiFactory.KabupatenCode, WebApiFactory.OfficeCode));
            budget.AddRange(Kinerja.Core.Recap.RecapRows.Budget(pk, set, WebApiFactory.KabupatenCode, WebApiFactory.OfficeCode));
        }

        string Expected(Kinerja.Core.Recap.RecapLevel finest) => Kinerja.Core.Serialization.KinerjaJson.Write(
            Kinerja.Core.Recap.RecapCalculator.Build(rows, budget, Kinerja.Core.Recap.RecapPolicy.Default, Kinerja.Core.Recap.RecapOptions.Default with { FinestLevel = finest }).Value);

        // Kecamatan: the office's heads (Camat, Sekcam by the roster) and the kabupaten; not staff.
        using var camat = Client("camat");
        var kecamatan = await camat.GetAsync($"/recap/kecamatan/{year}");
        Assert.Equal(HttpStatusCode.OK, kecamatan.StatusCode);
        var text = await kecamatan.Content.ReadAsStringAsync();
        AssertSameJson(Expected(Kinerja.Core.Recap.RecapLevel.Unit), text);
        var table = Kinerja.Core.Serialization.KinerjaJson.ReadRecapTable(text);
        Assert.True(table.IsValid, table.ToString());
        var tw1 = table.Value.Find(new Kinerja.Core.Recap.RecapKey(Kinerja.Core.Recap.RecapLevel.Kecamatan, WebApiFactory.KabupatenCode, WebApiFactory.OfficeCode), new Kinerja.Core.Recap.RecapPeriod(Kinerja.Core.Triwulan.I, cumulative: false))!;
        Assert.Equal(3, tw1.Computed); // IK1 and IK2 of PEM, IK1 of TRT
        Assert.Equal(tw1.Computed, tw1.Categories.Sum());
        Assert.True(tw1.NotReported > 0);

        using var dewiReads = Client("dewi");
        Problem(await Json(await dewiReads.GetAsync($"/recap/kecamatan/{year}"), HttpStatusCode.Forbidden), "auth.forbidden");
        Problem(await Json(await camat.GetAsync($"/recap/kabupaten/{year}"), HttpStatusCode.Forbidden), "auth.forbidden");
        Assert.Equal(HttpStatusCode.NotFound, (await camat.GetAsync("/recap/kecamatan/2001")).StatusCode);

        // Kabupaten: kabupaten users of this kabupaten only, down to the kecamatan.
        using var kabupaten = factory.CreateClient();
        kabupaten.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token("inspektorat", null, null, WebApiFactory.KabupatenCode));
        var kab = await kabupaten.GetAsync($"/recap/kabupaten/{year}");
        Assert.Equal(HttpStatusCode.OK, kab.StatusCode);
        AssertSameJson(Expected(Kinerja.Core.Recap.RecapLevel.Kecamatan), await kab.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await kabupaten.GetAsync($"/recap/kecamatan/{year}")).StatusCode);
        using var other = factory.CreateClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token("inspektorat", null, null, "DEMO-9999"));
        Problem(await Json(await other.GetAsync($"/recap/kabupaten/{year}"), HttpStatusCode.Forbidden), "auth.forbidden");
    }

    /// <summary>The same JSON, numbers compared by value (a stored amount may come back as 270000000.0).</summary>
    private static void AssertSameJson(string expected, string actual)
    {
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);
        Assert.True(JsonElement.DeepEquals(e.RootElement, a.RootElement), $"expected {expected}\n\ngot {actual}");
    }

    public void Database_IsTheOneAsked(string expectedProvider) =>
        Assert.Equal(expectedProvider, factory.ProviderName());

    /// <summary>The app made its fresh database by applying every migration it has (not by EnsureCreated).</summary>
    public void Database_FreshDatabase_EveryMigrationApplied()
    {
        var (known, applied) = factory.Migrations();
        Assert.Contains(known, m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Equal(known, applied);
    }

    private async Task<int> Start(string id, string template = Template, string person = "camat")
    {
        using var client = Client(person);
        var started = await Json(
            await client.PostAsync("/sop/instances", Body(new JsonObject { ["templateId"] = template, ["subject"] = "Pengukuran kinerja TW I 2026 (" + id + ")", ["instanceId"] = id })),
            HttpStatusCode.Created);
        Assert.Equal("1", started.GetProperty("currentStep").GetProperty("key").GetString());
        return started.GetProperty("version").GetInt32();
    }

    private async Task<int> Act(string id, string action, string person, int version, object? extra = null)
    {
        using var client = Client(person);
        var body = JsonSerializer.SerializeToNode(extra ?? new { })!.AsObject();
        var response = await Send(client, HttpMethod.Post, $"/sop/instances/{id}/{action}", body, Sop(version));
        Assert.Equal(Sop(version + 1), response.Headers.ETag?.ToString());
        var state = await Json(response, HttpStatusCode.OK);
        var next = state.GetProperty("version").GetInt32();
        Assert.Equal(version + 1, next);
        return next;
    }

    private async Task<JsonElement> Get(string id)
    {
        using var client = Client("sekcam");
        return await Json(await client.GetAsync($"/sop/instances/{id}"), HttpStatusCode.OK);
    }

    private static string Sop(int version) => "\"sop-" + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";

    /// <summary>The unit each roster person works in (the token's kinerja_unit).</summary>
    public static string UnitOf(string person) => person switch
    {
        "camat" => "DEMO-3303-BBS",
        "dewi" or "kasi" => "DEMO-3303-BBS-PEM",
        "kasi-pm" => "DEMO-3303-BBS-PM",
        "kasi-ekbang" => "DEMO-3303-BBS-EKB",
        "kasi-trantib" => "DEMO-3303-BBS-TRT",
        "kasi-kesos" => "DEMO-3303-BBS-KSS",
        _ => "DEMO-3303-BBS-SEK",
    };

    private HttpClient Client(string person, string? unit = null)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token(person, unit ?? UnitOf(person)));
        return client;
    }

    public static StringContent Body(JsonNode node) => Body(node.ToJsonString());

    public static StringContent Body(string text) => new(text, Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, JsonNode body, string? ifMatch) =>
        await Send(client, method, url, body.ToJsonString(), ifMatch);

    public static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = Body(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<string?> ETag(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag?.ToString();
    }

    /// <summary>Every stored row of a unit, as text: what a refused request must leave as it was.</summary>
    public async Task<string> Snapshot(string unit, int? year = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var pk = await db.PerjanjianKinerja.AsNoTracking().Where(p => p.UnitCode == unit && (year == null || p.Year == year)).OrderBy(p => p.Id).Select(p => p.Year + "/" + p.Version + "/" + p.Document).ToListAsync();
        var quarters = await db.Quarters.AsNoTracking().Where(p => p.UnitCode == unit && (year == null || p.Year == year)).OrderBy(p => p.Year).ThenBy(p => p.Triwulan).Select(p => p.Year + "/" + p.Triwulan + "/" + p.Version).ToListAsync();
        var realisasi = await db.Realisasi.AsNoTracking().Where(p => p.UnitCode == unit && (year == null || p.Year == year)).OrderBy(p => p.Id).Select(p => p.Year + "/" + p.Triwulan + "/" + p.IndicatorId + "/" + p.Value + "/" + p.Grade).ToListAsync();
        var anggaran = await db.Anggaran.AsNoTracking().Where(p => p.UnitCode == unit && (year == null || p.Year == year)).OrderBy(p => p.Id).Select(p => p.Year + "/" + p.Triwulan + "/" + p.ProgramId + "/" + p.Amount).ToListAsync();
        return string.Join("\n", pk.Concat(quarters).Concat(realisasi).Concat(anggaran));
    }

    private async Task<T> Count<T>(Func<KinerjaDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<KinerjaDbContext>());
    }

    /// <summary>The stored rows of an SOP instance, every column, as text: what a refused action must leave as it was.</summary>
    private Task<string> SopSnapshot(string id) => Count(async db =>
    {
        var i = await db.SopInstances.AsNoTracking().SingleAsync(r => r.Id == id);
        var events = await db.SopEvents.AsNoTracking().Where(e => e.InstanceId == id).OrderBy(e => e.Sequence).ToListAsync();
        return JsonSerializer.Serialize(new { i.Status, i.Version, i.CurrentStep, i.ChainHead, i.SealedAtMigration, i.CurrentStepSince, Events = events.Select(e => JsonSerializer.Serialize(e)) });
    });

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {(text.Length > 2000 ? text[..2000] : text)}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static JsonElement Problem(JsonElement body, string code)
    {
        var problems = body.GetProperty("problems").EnumerateArray().ToList();
        return problems.FirstOrDefault(p => p.GetProperty("code").GetString() == code) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new Xunit.Sdk.XunitException($"no problem '{code}' in {body}");
    }

    /// <summary>No .NET type or namespace names, no stack trace, in any message.</summary>
    private static void AssertNoDotNetNames(JsonElement body)
    {
        var text = body.GetRawText();
        foreach (var name in new[] { "System.", "Kinerja.Samples", "Kinerja.Core.", "Exception", "Dto", "Nullable", "Decimal", "Int32", "String" })
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        }
    }

    private static JsonElement Quarter(JsonElement capaian, string indicatorId, int triwulan) =>
        capaian.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == indicatorId)
            .GetProperty("quarters").EnumerateArray().Single(q => q.GetProperty("triwulan").GetInt32() == triwulan);

    /// <summary>A measurement set of a PK (the core's document) with these realisasi.</summary>
    public static JsonObject Set(string unit, params JsonObject[] realisasi) => new()
    {
        ["schemaVersion"] = 1,
        ["kind"] = "measurementSet",
        ["pk"] = new JsonObject { ["unitCode"] = unit, ["year"] = 2026 },
        ["realisasi"] = new JsonArray([.. realisasi]),
    };

    public static JsonObject Set(string unit, int year, params JsonObject[] realisasi)
    {
        var set = Set(unit, realisasi);
        set["pk"]!["year"] = year;
        return set;
    }

    public static JsonObject R(string indicator, int triwulan, decimal value, string? bukti = null)
    {
        var r = new JsonObject { ["indicatorId"] = indicator, ["triwulan"] = triwulan, ["value"] = value };
        if (bukti is not null)
        {
            r["buktiDukung"] = new JsonArray(new JsonObject { ["reference"] = bukti });
        }

        return r;
    }

    private static JsonObject G(string indicator, int triwulan, string grade) => new() { ["indicatorId"] = indicator, ["triwulan"] = triwulan, ["grade"] = grade };

    /// <summary>A valid PK of a demo unit (invented people and figures).</summary>
    public static JsonObject Pk(string unitCode, int year = 2026)
    {
        var pk = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "pk-demo.json")))!.AsObject();
        pk.Remove("$schema");
        pk["unit"]!["code"] = unitCode;
        pk["year"] = year;
        return pk;
    }
}
