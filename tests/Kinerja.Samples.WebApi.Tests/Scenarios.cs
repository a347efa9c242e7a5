using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Sop;
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
        using var client = Client("kasubbag");
        var created = await client.PostAsJsonAsync("/pk", Pk("T-CREATE"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/pk/T-CREATE/2026", created.Headers.Location?.OriginalString);

        var read = await Json(await client.GetAsync("/pk/T-CREATE/2026"), HttpStatusCode.OK);
        Assert.Equal(1, read.GetProperty("version").GetInt32());
        var indicator = read.GetProperty("pk").GetProperty("sasaran")[0].GetProperty("indicators")[1];
        Assert.Equal("IK2", indicator.GetProperty("id").GetString());
        Assert.Equal("Negative", indicator.GetProperty("polarity").GetString());
        Assert.Equal(3m, indicator.GetProperty("annualTarget").GetProperty("value").GetDecimal());
        Assert.Equal("197803122005011003", read.GetProperty("pk").GetProperty("pihakPertama").GetProperty("nip").GetString());

        var again = await client.PostAsJsonAsync("/pk", Pk("T-CREATE"));
        var problem = Problem(await Json(again, HttpStatusCode.Conflict), "duplicate");
        Assert.Equal("unit.code", problem.GetProperty("path").GetString());
    }

    public async Task CreatePk_Invalid_400NamesFieldAndValueAndStoresNothing()
    {
        using var client = Client("kasubbag");
        var pk = Pk("T-BAD");
        pk["pihakPertama"]!["nip"] = "19780312 200501 1 00X";
        pk["sasaran"]![0]!["indicators"]![1]!["satuan"] = "";
        var body = await Json(await client.PostAsJsonAsync("/pk", pk), HttpStatusCode.BadRequest);

        var nip = Problem(body, "nip.character");
        Assert.Equal("pihakPertama.nip", nip.GetProperty("path").GetString());
        Assert.Equal("19780312 200501 1 00X", nip.GetProperty("attemptedValue").GetString());
        Assert.Contains("'X'", nip.GetProperty("messageEnglish").GetString(), StringComparison.Ordinal);
        var satuan = Problem(body, "required");
        Assert.Equal("sasaran[0].indicators[1].satuan", satuan.GetProperty("path").GetString());
        Assert.Contains("wajib diisi", satuan.GetProperty("message").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pk/T-BAD/2026")).StatusCode);
    }

    public async Task CreatePk_EmptyDocument_400ListsEveryProblemAtOnce()
    {
        using var client = Client("kasubbag");
        var body = await Json(await client.PostAsJsonAsync("/pk", new { }), HttpStatusCode.BadRequest);
        var paths = body.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "unit.code", "unit.name", "year", "pihakPertama", "pihakKedua", "sasaran" }, paths);
    }

    public async Task CreatePk_TargetWithoutValue_400AtTheTarget()
    {
        using var client = Client("kasubbag");
        var pk = Pk("T-TARGET");
        pk["sasaran"]![0]!["indicators"]![0]!["annualTarget"] = new JsonObject();
        pk["sasaran"]![1]!["indicators"]![0]!["gradeScale"] = "Nilai Rapor";
        var body = await Json(await client.PostAsJsonAsync("/pk", pk), HttpStatusCode.BadRequest);
        Assert.Equal("sasaran[0].indicators[0].annualTarget.value", Problem(body, "required").GetProperty("path").GetString());
        var scale = Problem(body, "reference.unknown");
        Assert.Equal("sasaran[1].indicators[0].gradeScale", scale.GetProperty("path").GetString());
        Assert.Equal("Nilai Rapor", scale.GetProperty("attemptedValue").GetString());
    }

    public async Task CreatePk_WrongJsonType_400NamesJsonPath()
    {
        using var client = Client("kasubbag");
        var pk = Pk("T-JSON");
        pk["sasaran"]![0]!["indicators"]![0]!["polarity"] = "Sideways";
        var body = await Json(await client.PostAsJsonAsync("/pk", pk), HttpStatusCode.BadRequest);
        var problem = Problem(body, "json.malformed");
        Assert.Equal("$.sasaran[0].indicators[0].polarity", problem.GetProperty("path").GetString());
        Assert.Equal(
            "$.sasaran[0].indicators[0].polarity: JSON tidak sah di baris 1, posisi " + problem.GetProperty("message").GetString()!.Split("posisi ")[1].Split(' ')[0]
            + " ($.sasaran[0].indicators[0].polarity): isi permintaan tidak dapat dibaca: bentuknya atau jenis salah satu nilainya tidak sesuai.",
            problem.GetProperty("message").GetString());
        Assert.DoesNotContain("{", problem.GetProperty("messageEnglish").GetString(), StringComparison.Ordinal);
    }

    public async Task CreatePk_NoDemoUser_401()
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/pk", Pk("T-ANON"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("X-Demo-User", Problem(await Json(response, HttpStatusCode.Unauthorized), "required").GetProperty("path").GetString());

        using var stranger = Client("zaki");
        var unknown = Problem(await Json(await stranger.PostAsJsonAsync("/pk", Pk("T-ANON")), HttpStatusCode.Unauthorized), "sop.unknown-person");
        Assert.Equal("zaki", unknown.GetProperty("attemptedValue").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/pk/T-ANON/2026")).StatusCode);
    }

    public async Task Realisasi_QuarterPosted_CapaianComputedByTheCore()
    {
        using var client = Client("kasubbag");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/pk", Pk("T-CAP"))).StatusCode);
        var tw1 = new
        {
            realisasi = new object[]
            {
                new { indicatorId = "IK1", value = 81.2m, buktiDukung = new[] { new { reference = "Laporan SKM TW I" } } },
                new { indicatorId = "IK2", value = 3.5m },
            },
            anggaran = new[] { new { programId = "5.01.01", amount = 270_000_000m } },
        };
        var posted = await Json(await client.PostAsJsonAsync("/pk/T-CAP/2026/realisasi/1", tw1), HttpStatusCode.OK);
        Assert.Equal(2, posted.GetProperty("realisasi").GetInt32());
        var tw4 = new { realisasi = new object[] { new { indicatorId = "IK3", grade = "BB" } } };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/pk/T-CAP/2026/realisasi/4", tw4)).StatusCode);

        var capaian = await Json(await client.GetAsync("/pk/T-CAP/2026/capaian"), HttpStatusCode.OK);
        var ik1 = Quarter(capaian, "IK1", 1);
        Assert.Equal(81.2m, ik1.GetProperty("realisasi").GetDecimal());
        Assert.Equal(81.2m / 82m * 100m, ik1.GetProperty("capaian").GetProperty("value").GetDecimal());
        Assert.Equal("99,02", ik1.GetProperty("capaian").GetProperty("formatted").GetString());
        Assert.Equal("Sangat Tinggi", ik1.GetProperty("capaian").GetProperty("category").GetString());
        var ik2 = Quarter(capaian, "IK2", 1).GetProperty("capaian");
        Assert.Equal("83,33", ik2.GetProperty("formatted").GetString()); // negative: (2 × 3 − 3,5) / 3 × 100
        Assert.Equal("Tinggi", ik2.GetProperty("category").GetString());
        Assert.Equal("NotReported", Quarter(capaian, "IK1", 2).GetProperty("capaian").GetProperty("status").GetString());
        var ik3 = Quarter(capaian, "IK3", 4);
        Assert.Equal("BB", ik3.GetProperty("grade").GetString());
        Assert.Equal("100,00", ik3.GetProperty("capaian").GetProperty("formatted").GetString());

        // Posting a quarter again replaces it.
        var corrected = new { realisasi = new object[] { new { indicatorId = "IK1", value = 82m } } };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/pk/T-CAP/2026/realisasi/1", corrected)).StatusCode);
        capaian = await Json(await client.GetAsync("/pk/T-CAP/2026/capaian"), HttpStatusCode.OK);
        Assert.Equal("100,00", Quarter(capaian, "IK1", 1).GetProperty("capaian").GetProperty("formatted").GetString());
        Assert.Equal("NotReported", Quarter(capaian, "IK2", 1).GetProperty("capaian").GetProperty("status").GetString());
        Assert.Equal("100,00", Quarter(capaian, "IK3", 4).GetProperty("capaian").GetProperty("formatted").GetString());
    }

    public async Task Realisasi_Invalid_400NamesFieldAndKeepsStored()
    {
        using var client = Client("kasubbag");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/pk", Pk("T-RBAD"))).StatusCode);
        var good = new { realisasi = new object[] { new { indicatorId = "IK1", value = 80m } } };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/pk/T-RBAD/2026/realisasi/2", good)).StatusCode);

        var bad = new { realisasi = new object[] { new { indicatorId = "IK1", value = 70m }, new { indicatorId = "IK9", value = 1m }, new { indicatorId = "IK2", value = -1m } } };
        var body = await Json(await client.PostAsJsonAsync("/pk/T-RBAD/2026/realisasi/2", bad), HttpStatusCode.BadRequest);
        var unknown = Problem(body, "reference.unknown");
        Assert.Equal("realisasi[1].indicatorId", unknown.GetProperty("path").GetString());
        Assert.Equal("IK9", unknown.GetProperty("attemptedValue").GetString());
        Assert.Equal("realisasi[2].value", Problem(body, "realisasi.negative").GetProperty("path").GetString());

        var quarter = await Json(await client.PostAsJsonAsync("/pk/T-RBAD/2026/realisasi/5", good), HttpStatusCode.BadRequest);
        Assert.Equal("triwulan", Problem(quarter, "triwulan.out-of-range").GetProperty("path").GetString());

        var capaian = await Json(await client.GetAsync("/pk/T-RBAD/2026/capaian"), HttpStatusCode.OK);
        Assert.Equal(80m, Quarter(capaian, "IK1", 2).GetProperty("realisasi").GetDecimal());
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
    }

    public async Task Sop_WrongRole_403WithEngineProblemAndNothingChanged()
    {
        const string id = "t-role";
        var v = await Start(id);
        v = await Act(id, "complete", "camat", v);
        var before = (await Get(id)).GetRawText();

        using var ani = Client("ani");
        var refused = await ani.PostAsJsonAsync($"/sop/instances/{id}/complete", new { version = v });
        var problem = Problem(await Json(refused, HttpStatusCode.Forbidden), "sop.wrong-role");
        Assert.Equal("personId", problem.GetProperty("path").GetString());
        Assert.Equal("ani", problem.GetProperty("attemptedValue").GetString());
        Assert.Contains("Sekcam", problem.GetProperty("messageEnglish").GetString(), StringComparison.Ordinal);

        // Refused before anything was written: the stored instance is as it was.
        Assert.Equal(before, (await Get(id)).GetRawText());

        // Starting is authorised too: only the first step's role (Camat) may start.
        using var kasi = Client("kasi");
        var start = await kasi.PostAsJsonAsync("/sop/instances", new { templateId = Template, subject = "x", instanceId = "t-role-2" });
        Problem(await Json(start, HttpStatusCode.Forbidden), "sop.wrong-role");
        Assert.Equal(HttpStatusCode.NotFound, (await kasi.GetAsync("/sop/instances/t-role-2")).StatusCode);
    }

    public async Task Sop_StaleVersion_409AndNothingChanged()
    {
        const string id = "t-stale";
        var v1 = await Start(id);
        var v2 = await Act(id, "complete", "camat", v1);
        var before = (await Get(id)).GetRawText();

        using var sekcam = Client("sekcam");
        var stale = await sekcam.PostAsJsonAsync($"/sop/instances/{id}/complete", new { version = v1 });
        var problem = Problem(await Json(stale, HttpStatusCode.Conflict), "sop.stale-version");
        Assert.Equal("1", problem.GetProperty("attemptedValue").GetString());
        Assert.Equal(before, (await Get(id)).GetRawText());
        Assert.Equal(v2 + 1, await Act(id, "complete", "sekcam", v2));
    }

    public async Task Sop_ActionThatDoesNotFit_400_CancelledInstance_409()
    {
        const string id = "t-misfit";
        var v = await Start(id);
        using var camat = Client("camat");
        var approve = await camat.PostAsJsonAsync($"/sop/instances/{id}/approve", new { version = v });
        Assert.Equal("action", Problem(await Json(approve, HttpStatusCode.BadRequest), "sop.wrong-action").GetProperty("path").GetString());
        var noVersion = await camat.PostAsJsonAsync($"/sop/instances/{id}/complete", new { note = "x" });
        Assert.Equal("version", Problem(await Json(noVersion, HttpStatusCode.BadRequest), "required").GetProperty("path").GetString());
        var cancelWithoutReason = await camat.PostAsJsonAsync($"/sop/instances/{id}/cancel", new { version = v });
        Problem(await Json(cancelWithoutReason, HttpStatusCode.BadRequest), "sop.reason-required");
        Assert.Equal(HttpStatusCode.NotFound, (await camat.PostAsJsonAsync($"/sop/instances/{id}/skip", new { version = v })).StatusCode);

        v = await Act(id, "cancel", "camat", v, new { reason = "salah periode" });
        Assert.Equal("Cancelled", (await Get(id)).GetProperty("status").GetString());
        var afterEnd = await camat.PostAsJsonAsync($"/sop/instances/{id}/complete", new { version = v });
        Problem(await Json(afterEnd, HttpStatusCode.Conflict), "sop.not-running");
        Assert.Equal(HttpStatusCode.NotFound, (await camat.PostAsJsonAsync("/sop/instances/t-none/complete", new { version = 1 })).StatusCode);
    }

    public async Task Sop_TwoActionsOnOneVersionAtOnce_ExactlyOneWins()
    {
        const string id = "t-race";
        var v = await Start(id);
        using var a = Client("camat");
        using var b = Client("camat");
        var responses = await Task.WhenAll(
            a.PostAsJsonAsync($"/sop/instances/{id}/complete", new { version = v, note = "a" }),
            b.PostAsJsonAsync($"/sop/instances/{id}/complete", new { version = v, note = "b" }));
        var codes = responses.Select(r => r.StatusCode).OrderBy(c => c).ToArray();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], codes);
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

        using var client = factory.CreateClient();
        var body = await Json(await client.GetAsync("/sop/overdue"), HttpStatusCode.OK);
        var late = body.GetProperty("overdue").EnumerateArray().Single(o => o.GetProperty("instanceId").GetString() == id);
        Assert.Equal("1", late.GetProperty("step").GetString());
        Assert.Equal("camat", late.GetProperty("role").GetProperty("id").GetString());
        Assert.Equal(45, late.GetProperty("overdueByWorkingMinutes").GetInt64());
        Assert.Equal("2026-06-08T02:15:00Z", late.GetProperty("due").GetString());
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

    public void Database_IsTheOneAsked(string expectedProvider) =>
        Assert.Equal(expectedProvider, factory.ProviderName());

    private async Task<int> Start(string id, string template = Template, string person = "camat")
    {
        using var client = Client(person);
        var started = await Json(
            await client.PostAsJsonAsync("/sop/instances", new { templateId = template, subject = "Pengukuran kinerja TW I 2026 (" + id + ")", instanceId = id }),
            HttpStatusCode.Created);
        Assert.Equal("1", started.GetProperty("currentStep").GetProperty("key").GetString());
        return started.GetProperty("version").GetInt32();
    }

    private async Task<int> Act(string id, string action, string person, int version, object? extra = null)
    {
        using var client = Client(person);
        var body = JsonSerializer.SerializeToNode(extra ?? new { })!.AsObject();
        body["version"] = version;
        var state = await Json(await client.PostAsJsonAsync($"/sop/instances/{id}/{action}", body), HttpStatusCode.OK);
        var next = state.GetProperty("version").GetInt32();
        Assert.Equal(version + 1, next);
        return next;
    }

    private async Task<JsonElement> Get(string id)
    {
        using var client = factory.CreateClient();
        return await Json(await client.GetAsync($"/sop/instances/{id}"), HttpStatusCode.OK);
    }

    private HttpClient Client(string person)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Demo-User", person);
        return client;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement Problem(JsonElement body, string code)
    {
        var problems = body.GetProperty("problems").EnumerateArray().ToList();
        return problems.FirstOrDefault(p => p.GetProperty("code").GetString() == code) is { ValueKind: JsonValueKind.Object } found
            ? found
            : throw new Xunit.Sdk.XunitException($"no problem '{code}' in {body}");
    }

    private static JsonElement Quarter(JsonElement capaian, string indicatorId, int triwulan) =>
        capaian.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == indicatorId)
            .GetProperty("quarters").EnumerateArray().Single(q => q.GetProperty("triwulan").GetInt32() == triwulan);

    /// <summary>A valid PK of a demo unit (invented people and figures).</summary>
    private static JsonObject Pk(string unitCode) => JsonNode.Parse($$"""
        {
          "unit": { "code": "{{unitCode}}", "name": "Kecamatan Demo" },
          "year": 2026,
          "pihakPertama": { "name": "Demo Camat", "jabatan": "Camat Demo", "nip": "19780312 200501 1 003" },
          "pihakKedua": { "name": "Demo Bupati", "jabatan": "Bupati Demo" },
          "signedOn": "2026-01-05",
          "sasaran": [
            { "id": "S1", "name": "Meningkatnya kualitas pelayanan publik", "indicators": [
              { "id": "IK1", "name": "Indeks Kepuasan Masyarakat", "satuan": "Indeks", "aggregation": "LastValue",
                "annualTarget": { "value": 85 }, "quarterlyTargets": [ { "value": 82 }, { "value": 83 }, { "value": 84 }, { "value": 85 } ] },
              { "id": "IK2", "name": "Rata-rata waktu penyelesaian pengaduan", "satuan": "Hari", "polarity": "Negative", "aggregation": "Average",
                "annualTarget": { "value": 3 }, "quarterlyTargets": [ { "value": 3 }, { "value": 3 }, { "value": 3 }, { "value": 3 } ] } ] },
            { "id": "S2", "name": "Meningkatnya akuntabilitas kinerja", "indicators": [
              { "id": "IK3", "name": "Nilai evaluasi SAKIP", "satuan": "Predikat", "gradeScale": "Nilai SAKIP",
                "annualTarget": { "grade": "BB" }, "quarterlyTargets": [ null, null, null, { "grade": "BB" } ] } ] }
          ],
          "programs": [ { "id": "5.01.01", "name": "Program Penunjang Urusan Pemerintahan", "kind": "Program", "pagu": 1350000000 } ]
        }
        """)!.AsObject();
}
