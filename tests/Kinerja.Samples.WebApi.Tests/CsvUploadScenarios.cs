using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using static Kinerja.Samples.WebApi.Tests.Scenarios;

namespace Kinerja.Samples.WebApi.Tests;

/// <summary>
/// The CSV upload of a quarter's realisasi (<c>PATCH</c>/<c>PUT /pk/{unit}/{year}/realisasi/{tw}/csv</c>), written once and run
/// on every database: figures read back exactly as the file wrote them, merge and explicit replace, all rows or none, problems
/// naming line, column and value, bounded bodies, and the quarter's ETag.
/// </summary>
internal sealed class CsvUploadScenarios(WebApiFactory factory)
{
    public const string Kabupaten = WebApiFactory.KabupatenCode;
    public const string Kecamatan = WebApiFactory.OfficeCode;

    /// <summary>An Indonesian Excel's "CSV UTF-8" export: byte-order mark, CRLF, semicolons, decimal commas and thousands points, Indonesian headers, extra columns.</summary>
    public static byte[] IndonesianExcel(string unit, params string[] rows)
    {
        var text = new StringBuilder("No;Kabupaten;Kecamatan;Unit Kerja;Sasaran;Indikator;Polaritas;Agregasi;Triwulan;Target Bawah;Target Atas;Realisasi;Keterangan\r\n");
        for (var i = 0; i < rows.Length; i++)
        {
            text.Append(i + 1).Append(';').Append(Kabupaten).Append(';').Append(Kecamatan).Append(';').Append(unit).Append(';').Append(rows[i]).Append(";\"catatan; dengan titik koma\"\r\n");
        }

        return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The English form the package writes: commas, decimal points, LF.</summary>
    public static string English(string unit, int triwulan, params (string Indicator, string Realisasi)[] rows)
    {
        var text = new StringBuilder("kabupaten,kecamatan,unit,sasaran,indicator,polarity,aggregation,triwulan,target_lower,target_upper,realisasi\n");
        foreach (var (indicator, realisasi) in rows)
        {
            var (sasaran, polarity, aggregation) = indicator switch
            {
                "IK1" => ("S1", "Positive", "LastValue"),
                "IK2" => ("S1", "Negative", "Average"),
                _ => ("S2", "Positive", "LastValue"),
            };
            text.Append(Kabupaten).Append(',').Append(Kecamatan).Append(',').Append(unit).Append(',').Append(sasaran).Append(',').Append(indicator).Append(',')
                .Append(polarity).Append(',').Append(aggregation).Append(',').Append(triwulan).Append(",,,").Append(realisasi).Append('\n');
        }

        return text.ToString();
    }

    public async Task Csv_IndonesianExcelFile_FiguresReadBackExactly_MergeKeepsOthers_PutReplaces()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-CSV")))).StatusCode);
        using var staff = Client("dewi", "T-CSV");

        // A JSON write first: IK1 with a bukti dukung and a note, and the quarter's anggaran.
        var tw1 = Set("T-CSV", R("IK1", 1, 70m, bukti: "Laporan SKM TW I"));
        tw1["anggaran"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["programId"] = "5.01.01", ["triwulan"] = 1, ["amount"] = 270_000_000m });
        Assert.Equal(HttpStatusCode.OK, (await Send(staff, HttpMethod.Patch, "/pk/T-CSV/2026/realisasi/1", tw1, "\"tw1-0\"")).StatusCode);

        // The file: 28 digits survive (no rounding), a thousands point, a grade by its score (BB = 5 on the Nilai SAKIP scale), targets as the PK's.
        var file = IndonesianExcel(
            "T-CSV",
            "S1;IK1;positif;posisi akhir;1;82;82;81,23456789012345678901234567",
            "S1;IK2;negatif;rata-rata;I;3;3;1.234,5",
            "S2;IK3;positif;posisi akhir;TW 1;;;5");
        var response = await Upload(staff, HttpMethod.Patch, "T-CSV", 1, file, "\"tw1-1\"");
        var written = await Json(response, HttpStatusCode.OK);
        Assert.Equal("\"tw1-2\"", response.Headers.ETag?.ToString());
        Assert.Equal(3, written.GetProperty("realisasi").GetInt32());
        Assert.Equal(1, written.GetProperty("anggaran").GetInt32());

        var quarter = await Json(await staff.GetAsync("/pk/T-CSV/2026/realisasi/1"), HttpStatusCode.OK);
        var ik1 = Entry(quarter, "IK1");
        Assert.Equal("81.23456789012345678901234567", ik1.GetProperty("value").GetRawText());
        Assert.Equal(81.23456789012345678901234567m, ik1.GetProperty("value").GetDecimal());
        Assert.Equal("Laporan SKM TW I", ik1.GetProperty("buktiDukung")[0].GetProperty("reference").GetString()); // kept: the file cannot carry it
        Assert.Equal(1234.5m, Entry(quarter, "IK2").GetProperty("value").GetDecimal());
        Assert.Equal("BB", Entry(quarter, "IK3").GetProperty("grade").GetString());
        Assert.Equal(1, quarter.GetProperty("anggaran").GetArrayLength());

        // PATCH merges: a file of IK2 alone changes IK2 only.
        var merged = await Upload(staff, HttpMethod.Patch, "T-CSV", 1, English("T-CSV", 1, ("IK2", "2.75")), "\"tw1-2\"", "text/csv; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        quarter = await Json(await staff.GetAsync("/pk/T-CSV/2026/realisasi/1"), HttpStatusCode.OK);
        Assert.Equal(3, quarter.GetProperty("realisasi").GetArrayLength());
        Assert.Equal(2.75m, Entry(quarter, "IK2").GetProperty("value").GetDecimal());
        Assert.Equal(81.23456789012345678901234567m, Entry(quarter, "IK1").GetProperty("value").GetDecimal());

        // PUT is the explicit replace of the quarter's realisasi: what the file does not report goes; the anggaran stays.
        var replaced = await Upload(staff, HttpMethod.Put, "T-CSV", 1, English("T-CSV", 1, ("IK2", "3"), ("IK1", "")), "\"tw1-3\"");
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        quarter = await Json(await staff.GetAsync("/pk/T-CSV/2026/realisasi/1"), HttpStatusCode.OK);
        Assert.Equal(["IK2"], quarter.GetProperty("realisasi").EnumerateArray().Select(r => r.GetProperty("indicatorId").GetString()));
        Assert.Equal(1, quarter.GetProperty("anggaran").GetArrayLength());

        // A tab-separated file, the separator and decimal style named in the query.
        var tsv = "unit kerja\tkecamatan\tkabupaten\tsasaran\tindikator\tpolaritas\tagregasi\ttriwulan\ttarget\trealisasi\nT-CSV\t" + Kecamatan + "\t" + Kabupaten + "\tS1\tIK1\tpositif\tposisi akhir\t1\t82\t1.200\n";
        var tab = await Upload(staff, HttpMethod.Patch, "T-CSV", 1, Encoding.UTF8.GetBytes(tsv), "\"tw1-4\"", "text/tab-separated-values", "?separator=tab&decimal=comma");
        Assert.Equal(HttpStatusCode.OK, tab.StatusCode);
        quarter = await Json(await staff.GetAsync("/pk/T-CSV/2026/realisasi/1"), HttpStatusCode.OK);
        Assert.Equal(1200m, Entry(quarter, "IK1").GetProperty("value").GetDecimal());

        // The README's example file (for the demo kecamatan's own unit; here sent for this unit's PK of 2027).
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-CSV", 2027)))).StatusCode);
        var example = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "realisasi-tw1.csv"))) // the BOM kept
            .Replace(";DEMO-3303-BBS;DEMO-3303-BBS;", ";DEMO-3303-BBS;T-CSV;", StringComparison.Ordinal);
        var sent = await Json(await Upload(staff, HttpMethod.Patch, "T-CSV", 1, example, "\"tw1-0\"", year: 2027), HttpStatusCode.OK);
        Assert.Equal(2, sent.GetProperty("realisasi").GetInt32());
        quarter = await Json(await staff.GetAsync("/pk/T-CSV/2027/realisasi/1"), HttpStatusCode.OK);
        Assert.Equal(81.5m, Entry(quarter, "IK1").GetProperty("value").GetDecimal());
        Assert.Equal(3.25m, Entry(quarter, "IK2").GetProperty("value").GetDecimal());
    }

    public async Task Csv_BadRows_400NamingLineColumnValue_NothingChanged()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-CSVBAD")))).StatusCode);
        using var staff = Client("dewi", "T-CSVBAD");
        Assert.Equal(HttpStatusCode.OK, (await Upload(staff, HttpMethod.Patch, "T-CSVBAD", 2, English("T-CSVBAD", 2, ("IK1", "80")), "\"tw2-0\"")).StatusCode);
        var scenarios = new Scenarios(factory);
        var before = await scenarios.Snapshot("T-CSVBAD");

        // A cell the package refuses: its problem, and nothing else is read into the store.
        var cell = await Json(await Upload(staff, HttpMethod.Patch, "T-CSVBAD", 2, IndonesianExcel("T-CSVBAD", "S1;IK1;positif;posisi akhir;2;83;83;90", "S1;IK2;negatif;rata-rata;2;3;3;8,5x"), "\"tw2-1\""), HttpStatusCode.BadRequest);
        var number = cell.GetProperty("problems")[0];
        Assert.Equal(3, number.GetProperty("line").GetInt32());
        Assert.Equal(12, number.GetProperty("column").GetInt32());
        Assert.Equal("Realisasi", number.GetProperty("columnName").GetString());
        Assert.Equal("8,5x", number.GetProperty("attemptedValue").GetString());
        Assert.Equal("csv:3:12", number.GetProperty("path").GetString());
        Assert.StartsWith("baris 3, kolom 12 (Realisasi): '8,5x' ", number.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("line 3, column 12 (Realisasi): '8,5x' ", number.GetProperty("messageEnglish").GetString(), StringComparison.Ordinal);
        AssertNoDotNetNames(cell);

        // A cell the package refuses and a row the core's rules refuse: both in one answer, by line.
        var both = await Json(await Upload(staff, HttpMethod.Patch, "T-CSVBAD", 2, IndonesianExcel("T-CSVBAD", "S1;IK1;naik;posisi akhir;2;83;83;90", "S1;IK2;negatif;rata-rata;2;3;3;-1"), "\"tw2-1\""), HttpStatusCode.BadRequest);
        Assert.Equal(
            [(2, 7, "csv.cell", "naik"), (3, 12, "realisasi.negative", "-1")],
            both.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("column").GetInt32(), p.GetProperty("code").GetString(), p.GetProperty("attemptedValue").GetString())).ToArray());
        Assert.Equal(2, both.GetProperty("problemCount").GetInt32());

        // Rows the package reads but that do not fit the PK, the office, the route or the core's rules, each at its line and column.
        var file = IndonesianExcel(
            "T-CSVBAD",
            "S1;IK1;positif;posisi akhir;2;83;83;90",      // line 2: good
            "S1;IK9;positif;posisi akhir;2;;;1",          // line 3: no such indicator
            "S2;IK2;negatif;rata-rata;2;;;1",             // line 4: IK2 is of S1
            "S1;IK2;negatif;rata-rata;3;;;1",             // line 5: another quarter
            "S1;IK2;negatif;rata-rata;2;4;4;1",           // line 6: the PK's target is 3
            "S1;IK2;negatif;rata-rata;2;;;-1",            // line 7: negative realisasi
            "S1;IK1;positif;posisi akhir;2;;;91",         // line 8: IK1 again
            "S2;IK3;positif;posisi akhir;2;;;4,5");       // line 9: no grade has that score
        var body = await Json(await Upload(staff, HttpMethod.Patch, "T-CSVBAD", 2, file, "\"tw2-1\""), HttpStatusCode.BadRequest);
        var problems = body.GetProperty("problems").EnumerateArray().Select(p => (Line: p.GetProperty("line").GetInt32(), Column: p.GetProperty("column").GetInt32(), Code: p.GetProperty("code").GetString(), Value: p.GetProperty("attemptedValue").GetString())).ToList();
        Assert.Contains((3, 6, "reference.unknown", "IK9"), problems);
        Assert.Contains((4, 5, "csv.pk-mismatch", "S2"), problems);
        Assert.Contains((5, 9, "out-of-range", "3"), problems);
        Assert.Contains((6, 10, "csv.pk-mismatch", "4"), problems);
        Assert.Contains((7, 12, "realisasi.negative", "-1"), problems);
        Assert.Contains((8, 6, "duplicate", "IK1"), problems);
        Assert.Contains((9, 12, "grade.unknown", "4.5"), problems);
        Assert.Equal(7, body.GetProperty("problemCount").GetInt32());
        Assert.Contains("baris / line 2", Problem(body, "duplicate").GetProperty("message").GetString(), StringComparison.Ordinal);
        AssertNoDotNetNames(body);

        // A file of another unit sent to this unit's address.
        var other = await Json(await Upload(staff, HttpMethod.Patch, "T-CSVBAD", 2, English("T-CAP", 2, ("IK1", "1")), "\"tw2-1\""), HttpStatusCode.BadRequest);
        Assert.Equal("T-CAP", Problem(other, "csv.pk-mismatch").GetProperty("attemptedValue").GetString());

        Assert.Equal(before, await scenarios.Snapshot("T-CSVBAD"));
    }

    public async Task Csv_ManyBadRows_100ListedWithTheCount()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-CSVMANY")))).StatusCode);
        using var staff = Client("dewi", "T-CSVMANY");
        var before = await new Scenarios(factory).Snapshot("T-CSVMANY");

        // 5,000 cells the package refuses (it keeps 100 and counts the rest).
        var bad = IndonesianExcel("T-CSVMANY", [.. Enumerable.Range(0, 5_000).Select(_ => "S1;IK1;positif;posisi akhir;1;;;banyak")]);
        var cells = await Json(await Upload(staff, HttpMethod.Patch, "T-CSVMANY", 1, bad, "\"tw1-0\""), HttpStatusCode.BadRequest);
        Assert.Equal(100, cells.GetProperty("problems").GetArrayLength());
        Assert.Equal(5_000, cells.GetProperty("problemCount").GetInt32());
        Assert.Contains("5000", cells.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // 3,000 rows of one indicator: 2,999 duplicates found by the sample's checks.
        var twice = English("T-CSVMANY", 1, [.. Enumerable.Range(0, 3_000).Select(_ => ("IK1", "1"))]);
        var duplicates = await Json(await Upload(staff, HttpMethod.Patch, "T-CSVMANY", 1, twice, "\"tw1-0\""), HttpStatusCode.BadRequest);
        Assert.Equal(100, duplicates.GetProperty("problems").GetArrayLength());
        Assert.Equal(2_999, duplicates.GetProperty("problemCount").GetInt32());
        Assert.Equal(3, duplicates.GetProperty("problems")[0].GetProperty("line").GetInt32());

        Assert.Equal(before, await new Scenarios(factory).Snapshot("T-CSVMANY"));
    }

    public async Task Csv_HugeOrMalformedBodies_ProblemsNever500_NothingChanged()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-CSVBIG")))).StatusCode);
        using var staff = Client("dewi", "T-CSVBIG");
        var before = await new Scenarios(factory).Snapshot("T-CSVBIG");
        var good = Encoding.UTF8.GetBytes(English("T-CSVBIG", 1, ("IK1", "80")));

        // Over the body limit (2 MB): 413 before it is read.
        var huge = Encoding.UTF8.GetBytes(English("T-CSVBIG", 1, [.. Enumerable.Range(0, 20_000).Select(_ => ("IK1", "80.5"))]));
        Assert.True(huge.Length > 1_048_576);
        var tooLarge = await Upload(staff, HttpMethod.Patch, "T-CSVBIG", 1, huge, "\"tw1-0\"");
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        Problem(await Json(tooLarge, HttpStatusCode.RequestEntityTooLarge), "body.too-large");

        // Not CSV, or declared in another charset: 415 naming what is accepted.
        var json = await Json(await Upload(staff, HttpMethod.Patch, "T-CSVBIG", 1, good, "\"tw1-0\"", "application/json"), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("text/csv", Problem(json, "body.media-type").GetProperty("message").GetString(), StringComparison.Ordinal);
        await Json(await Upload(staff, HttpMethod.Patch, "T-CSVBIG", 1, good, "\"tw1-0\"", "text/csv; charset=windows-1252"), HttpStatusCode.UnsupportedMediaType);

        // An option the query cannot take.
        var option = await Json(await Upload(staff, HttpMethod.Patch, "T-CSVBIG", 1, good, "\"tw1-0\"", query: "?separator=pipe&decimal=koma"), HttpStatusCode.BadRequest);
        Assert.Equal("separator", Problem(option, "reference.unknown").GetProperty("path").GetString());

        // Malformed bodies: each a 400 problem document without .NET names.
        var random = new Random(14);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        byte[][] bodies =
        [
            [],
            Encoding.UTF8.GetBytes("\n\n\n"),
            garbage,
            [.. good.Take(good.Length / 2)],
            [.. good[..60], 0xFF, 0xFE, 0xC3, .. good[60..]],
            [.. good[..145], 0xEF, 0xBB, 0xBF, .. good[145..]], // in the indicator's code (one in a header name is dropped, as the package documents)
            Encoding.UTF8.GetBytes(English("T-CSVBIG", 1, ("IK1", "\"80"), ("IK2", "1")).Replace("\n", "\r", StringComparison.Ordinal)), // a quote left open swallows the next line
            Encoding.UTF8.GetBytes(English("T-CSVBIG", 1, ("IK1", new string('9', 100_000)))),
            Encoding.UTF8.GetBytes(English("T-CSVBIG", 1, ("IK1", "79228162514264337593543950336"))),
            Encoding.UTF8.GetBytes("kabupaten,kecamatan,unit\n" + Kabupaten + "," + Kecamatan + ",T-CSVBIG\n"),
            Encoding.UTF8.GetBytes(English("T-CSVBIG", 1, ("IK1", "80")).Replace(",", ";", StringComparison.Ordinal)[..80] + "\"" + new string(',', 5000)),
        ];
        for (var i = 0; i < bodies.Length; i++)
        {
            var b = bodies[i];
            var response = await Upload(staff, HttpMethod.Patch, "T-CSVBIG", 1, b, "\"tw1-0\"");
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode} for body {i} of {b.Length} bytes: {(text.Length > 500 ? text[..500] : text)}");
            AssertNoDotNetNames(JsonDocument.Parse(text).RootElement);
        }

        Assert.Equal(before, await new Scenarios(factory).Snapshot("T-CSVBIG"));
    }

    public async Task Csv_IfMatch_Missing428_Stale412_NothingChanged()
    {
        using var author = Client("kasubbag", "DEMO-3303-BBS-SEK");
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsync("/pk", Body(Pk("T-CSVETAG")))).StatusCode);
        using var staff = Client("dewi", "T-CSVETAG");
        var file = English("T-CSVETAG", 1, ("IK1", "80"));
        Assert.Equal(HttpStatusCode.OK, (await Upload(staff, HttpMethod.Patch, "T-CSVETAG", 1, file, "\"tw1-0\"")).StatusCode);
        var before = await new Scenarios(factory).Snapshot("T-CSVETAG");

        Problem(await Json(await Upload(staff, HttpMethod.Patch, "T-CSVETAG", 1, file, null), (HttpStatusCode)428), "precondition.required");
        var stale = Problem(await Json(await Upload(staff, HttpMethod.Put, "T-CSVETAG", 1, English("T-CSVETAG", 1, ("IK2", "1")), "\"tw1-0\""), HttpStatusCode.PreconditionFailed), "precondition.failed");
        Assert.Contains("\"tw1-1\"", stale.GetProperty("message").GetString(), StringComparison.Ordinal);
        // The ETag of another quarter is stale for this one.
        Problem(await Json(await Upload(staff, HttpMethod.Patch, "T-CSVETAG", 1, file, "\"tw2-0\""), HttpStatusCode.PreconditionFailed), "precondition.failed");

        Assert.Equal(before, await new Scenarios(factory).Snapshot("T-CSVETAG"));
    }

    public static async Task<HttpResponseMessage> Upload(HttpClient client, HttpMethod method, string unit, int triwulan, string file, string? ifMatch, string contentType = "text/csv", string query = "", int year = 2026) =>
        await Upload(client, method, unit, triwulan, Encoding.UTF8.GetBytes(file), ifMatch, contentType, query, year);

    public static async Task<HttpResponseMessage> Upload(HttpClient client, HttpMethod method, string unit, int triwulan, byte[] file, string? ifMatch, string contentType = "text/csv", string query = "", int year = 2026)
    {
        using var request = new HttpRequestMessage(method, $"/pk/{unit}/{year}/realisasi/{triwulan}/csv{query}") { Content = new ByteArrayContent(file) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static JsonElement Entry(JsonElement quarter, string indicator) =>
        quarter.GetProperty("realisasi").EnumerateArray().Single(r => r.GetProperty("indicatorId").GetString() == indicator);

    private static void AssertNoDotNetNames(JsonElement body)
    {
        var text = body.GetRawText();
        foreach (var name in new[] { "System.", "Kinerja.Samples", "Kinerja.Core.", "Exception", "Nullable", "Decimal", "Int32", "nietras" })
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        }
    }

    private HttpClient Client(string person, string unit)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token(person, unit));
        return client;
    }
}
