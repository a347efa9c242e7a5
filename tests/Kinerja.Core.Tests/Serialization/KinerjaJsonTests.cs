using System.Text.Json.Nodes;
using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Calendar;
using Kinerja.Core.Measurement;
using Kinerja.Core.Scales;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Tests.Sop;
using Kinerja.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Kinerja.Core.Tests.Serialization;

public class KinerjaJsonTests
{
    private static readonly PerjanjianKinerja Pk = SamplePk.Build();

    // ------------------------------------------------------------------ round trips

    [Fact]
    public void ReadPerjanjianKinerja_WrittenPk_GivesAnEqualPk()
    {
        var json = KinerjaJson.Write(Pk);

        var back = KinerjaJson.ReadPerjanjianKinerja(json);

        Assert.Empty(back.Problems);
        Assert.Equal(Canonical.Of(Pk), Canonical.Of(back.Value));
        Assert.Equal(json, KinerjaJson.Write(back.Value));
    }

    [Fact]
    public void Write_PerjanjianKinerja_CarriesKindVersionAndIsoDates()
    {
        var pk = SamplePk.Builder().WithSignedOn(new LocalDate(2026, 3, 31))
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("%").WithAnnualTarget(Target.Between(80m, 90m))))
            .Build().Value;

        var root = JsonNode.Parse(KinerjaJson.Write(pk))!;

        Assert.Equal(1, root["schemaVersion"]!.GetValue<int>());
        Assert.Equal("perjanjianKinerja", root["kind"]!.GetValue<string>());
        Assert.Equal("2026-03-31", root["signedOn"]!.GetValue<string>());
        Assert.Equal("""{"lower":80,"upper":90}""", root["sasaran"]![0]!["indicators"]![0]!["annualTarget"]!.ToJsonString());
        Assert.Equal("19780312 200501 1 003", root["pihakPertama"]!["nip"]!.GetValue<string>());
    }

    [Fact]
    public void ReadPerjanjianKinerjaHistory_WrittenHistory_GivesEveryVersion()
    {
        var v2 = Pk.ToRevisionBuilder().WithRevisionNote("PK perubahan: pagu P1 naik").WithSignedOn(new LocalDate(2026, 7, 1))
            .RemoveProgram("P1").AddProgram("P1", "Program Penunjang Urusan Pemerintahan", ProgramKind.Program, 450_000_000m).Build().Value;
        var history = PerjanjianKinerjaHistory.Start(Pk).Revise(v2).Value;

        var back = KinerjaJson.ReadPerjanjianKinerjaHistory(KinerjaJson.Write(history));

        Assert.Empty(back.Problems);
        Assert.Equal(2, back.Value.Versions.Count);
        Assert.Equal(Canonical.Of(history), Canonical.Of(back.Value));
        Assert.Equal(450_000_000m, back.Value.Current.TotalPagu);
        Assert.Equal(400_000_000m, back.Value.GetVersion(1).TotalPagu);
    }

    [Fact]
    public void ReadMeasurementSet_WrittenSet_GivesAnEqualSet()
    {
        var set = MeasurementSet.CreateBuilder(Pk)
            .AddRealisasi("IK1", 1, 12.50m, "dua dokumen susulan", new BuktiDukung("arsip/ik1-tw1.pdf", "Register pelayanan"), new BuktiDukung("https://contoh.go.id/x"))
            .AddRealisasi("IK2", 1, 6m)
            .AddGrade("IK3", 4, "BB")
            .AddBudget("P1", 1, 95_123_456.78m, "SPJ TW I")
            .Build().Value;

        var back = KinerjaJson.ReadMeasurementSet(KinerjaJson.Write(set), Pk);

        Assert.Empty(back.Problems);
        Assert.Equal(Canonical.Of(set), Canonical.Of(back.Value));
    }

    [Fact]
    public void ReadWorkingCalendar_WrittenCalendar_GivesAnEqualCalendar()
    {
        var calendar = WorkingCalendar.CreateBuilder(OfficeTimeZones.Wit)
            .WithWorkingHours(IsoDayOfWeek.Monday, new LocalTime(7, 30), new LocalTime(16, 0))
            .WithWorkingHours(IsoDayOfWeek.Saturday, new LocalTime(7, 30), new LocalTime(12, 15))
            .WithHolidays(NationalHolidays.Year2026)
            .WithDayCounting(DayCounting.CalendarDays)
            .WithDayReading(DayReading.WholeDaysAfterStartDay)
            .WithNominalDayLength(Duration.FromMinutes(405))
            .WithCoveredYears(2026, 2027)
            .Build().Value;

        var json = KinerjaJson.Write(calendar);
        var back = KinerjaJson.ReadWorkingCalendar(json);

        Assert.Empty(back.Problems);
        Assert.Equal(Canonical.Of(calendar), Canonical.Of(back.Value));
        Assert.Contains("\"zone\": \"Asia/Jayapura\"", json, StringComparison.Ordinal);
        Assert.Contains("\"nominalDayLength\": \"6:45:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dayCounting\": \"calendarDays\",\n  \"dayReading\": \"wholeDaysAfterStartDay\",", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(DayReading.WholeDaysAfterStartDay, back.Value.DayReading);
        Assert.Contains("\"start\": \"07:30\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSopInstance_WrittenRun_ReplaysToTheSameState()
    {
        var definition = SopTemplates.PurbalinggaMekanismePengukuranKinerja;
        var clock = new FakeClock(SopTestKit.Monday0800Wib);
        var engine = new SopEngine(clock, SopTestKit.RosterFor(definition));
        var (run, returns) = SopTestKit.RunToEnd(engine, clock, definition);
        Assert.Equal(1, returns);

        var json = KinerjaJson.Write(run);
        var back = KinerjaJson.ReadSopInstance(json, definition);

        Assert.Empty(back.Problems);
        Assert.Equal(Canonical.Of(run), Canonical.Of(back.Value));
        Assert.Equal(SopStatus.CompletedWithGaps, back.Value.Status);
        Assert.Contains("\"at\": \"2026-06-08T01:00:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"returned\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSopInstance_ByResolver_FindsTheNamedTemplate()
    {
        var definition = SopTemplates.BojongPengumpulanDataKinerja;
        var clock = new FakeClock(SopTestKit.Monday0800Wib);
        var started = new SopEngine(clock, SopTestKit.RosterFor(definition)).Start(definition, "bojong-1", "TW II", definition.FirstStep.Actor).Value;

        var back = KinerjaJson.ReadSopInstance(KinerjaJson.Write(started), (id, version) => SopTemplates.All.FirstOrDefault(t => t.Id == id && t.Version == version));

        Assert.Equal(Canonical.Of(started), Canonical.Of(back.Value));
        Assert.Equal(SopStatus.Running, back.Value.Status);
    }

    // ------------------------------------------------------------------ exact decimals

    [Fact]
    public void Write_ExactDecimals_KeepsEveryDigitAndReadsBackEqual()
    {
        var pk = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("Dokumen").WithAnnualTarget(1.50m)))
            .AddProgram("P1", "Tenth", ProgramKind.Program, 0.1m)
            .AddProgram("P2", "Smallest", ProgramKind.Kegiatan, 0.0000000000000000000000000001m)
            .AddProgram("P3", "Largest", ProgramKind.SubKegiatan, 79228162514264337593543950335m)
            .Build().Value;

        var json = KinerjaJson.Write(pk);
        var back = KinerjaJson.ReadPerjanjianKinerja(json).Value;

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var written = document.RootElement.GetProperty("programs").EnumerateArray().Select(p => p.GetProperty("pagu").GetRawText());
        Assert.Equal(["0.1", "0.0000000000000000000000000001", "79228162514264337593543950335"], written);
        Assert.Equal("1.50", document.RootElement.GetProperty("sasaran")[0].GetProperty("indicators")[0].GetProperty("annualTarget").GetRawText());
        Assert.Equal([0.1m, 0.0000000000000000000000000001m, 79228162514264337593543950335m], back.Programs.Select(p => p.Pagu));
        Assert.Equal(Canonical.Of(pk), Canonical.Of(back));
    }

    [Theory]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    [InlineData("7.9228162514264337593543950335E+28", "79228162514264337593543950335")]
    [InlineData("0.10", "0.10")]
    [InlineData("25E3", "25000")]
    public void ReadPerjanjianKinerja_NumberInAnyJsonForm_ReadsExactly(string written, string expected)
    {
        var json = SetAt(KinerjaJson.Write(Pk), "$.programs[0].pagu", written);

        var pagu = KinerjaJson.ReadPerjanjianKinerja(json).Value.Programs[0].Pagu;

        Assert.Equal(expected, pagu.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e400")]
    public void ReadPerjanjianKinerja_MoreDigitsThanADecimalHolds_IsRejectedNotRounded(string written)
    {
        var json = SetAt(KinerjaJson.Write(Pk), "$.programs[0].pagu", written);

        var result = KinerjaJson.ReadPerjanjianKinerja(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.JsonType, problem.Code);
        Assert.Equal("$.programs[0].pagu", problem.Path);
        Assert.Equal(written, problem.AttemptedValue);
        Assert.False(result.IsValid);
    }

    // ------------------------------------------------------------------ errors

    [Fact]
    public void ReadPerjanjianKinerja_InvalidValue_NamesThePathAndValueAsTheBuilderDoes()
    {
        var json = SetAt(KinerjaJson.Write(Pk), "$.sasaran[0].indicators[1].annualTarget", "-5");

        var result = KinerjaJson.ReadPerjanjianKinerja(json);

        var problem = Assert.Single(result.Errors);
        Assert.Equal(ProblemCodes.TargetNegative, problem.Code);
        Assert.Equal("$.sasaran[0].indicators[1].annualTarget", problem.Path);
        Assert.Equal("-5", problem.AttemptedValue);
        Assert.Equal("$.sasaran[0].indicators[1].annualTarget: target -5 is negative; a target cannot be below 0.", problem.GetMessage(MessageLanguage.English));
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void ReadPerjanjianKinerja_BrokenDocument_GivesTheBuildersProblemsUnderDollar()
    {
        var builder = SamplePk.Builder()
            .WithPihakPertama("Demo Camat", "", "19780312 200501 1 00X")
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan(" ").WithAnnualTarget(Target.Between(9m, 3m))))
            .AddProgram("P1", "Program", ProgramKind.Program, -1m);
        var expected = builder.Build().Problems.Select(p => ("$." + p.Path, p.Code, p.AttemptedValue)).ToArray();
        var node = JsonNode.Parse(KinerjaJson.Write(Pk))!;
        node["pihakPertama"] = JsonNode.Parse("""{ "name": "Demo Camat", "jabatan": "", "nip": "19780312 200501 1 00X" }""");
        node["sasaran"] = JsonNode.Parse("""[ { "id": "S1", "name": "Sasaran", "indicators": [ { "id": "IK1", "name": "Indikator", "satuan": " ", "annualTarget": { "lower": 9, "upper": 3 } } ] } ]""");
        node["programs"] = JsonNode.Parse("""[ { "id": "P1", "name": "Program", "kind": "program", "pagu": -1 } ]""");

        var found = KinerjaJson.ReadPerjanjianKinerja(node.ToJsonString()).Problems.Select(p => (p.Path, p.Code, p.AttemptedValue)).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void ReadPerjanjianKinerja_WarningOfTheBuilder_IsKeptWithTheValue()
    {
        var json = SetAt(KinerjaJson.Write(Pk), "$.sasaran[0].indicators[0].quarterlyTargets[3]", "41");

        var result = KinerjaJson.ReadPerjanjianKinerja(json);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProblemCodes.TriwulanTargetsInconsistent, warning.Code);
        Assert.StartsWith("$.sasaran[0].indicators[0].quarterlyTargets", warning.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPerjanjianKinerja_WrongTypesAndUnknownProperties_ReportsEveryPathAtOnce()
    {
        var node = JsonNode.Parse(KinerjaJson.Write(Pk))!;
        node["year"] = "2026";
        node["colour"] = "red";
        node["sasaran"]![0]!["indicators"]![1]!["annualTarget"] = "5";
        node["sasaran"]![0]!["indicators"]![0]!["quarterlyTargets"]![2] = true;
        node["programs"]![0]!["pagu"] = JsonNode.Parse("[1]");
        node["pihakKedua"]!["extra"] = 1;

        var found = KinerjaJson.ReadPerjanjianKinerja(node.ToJsonString()).Problems.Select(p => (p.Code, p.Path, p.AttemptedValue)).ToArray();

        Assert.Equal(
            new[]
            {
                (ProblemCodes.JsonType, "$.year", (string?)"\"2026\""),
                (ProblemCodes.JsonUnknownProperty, "$.pihakKedua.extra", "extra"),
                (ProblemCodes.JsonType, "$.sasaran[0].indicators[0].quarterlyTargets[2]", "true"),
                (ProblemCodes.JsonType, "$.sasaran[0].indicators[1].annualTarget", "\"5\""),
                (ProblemCodes.JsonType, "$.programs[0].pagu", "[1]"),
                (ProblemCodes.JsonUnknownProperty, "$.colour", "colour"),
            },
            found);
    }

    [Fact]
    public void ReadPerjanjianKinerja_NewerSchemaVersion_FailsNamingTheVersion()
    {
        var json = SetAt(KinerjaJson.Write(Pk), "$.schemaVersion", "2");

        var result = KinerjaJson.ReadPerjanjianKinerja(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.JsonSchemaVersion, problem.Code);
        Assert.Equal("$.schemaVersion", problem.Path);
        Assert.Equal("2", problem.AttemptedValue);
        Assert.Equal("$.schemaVersion: schema version 2 is not known; versions this library reads: 1.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void ReadPerjanjianKinerja_Malformed_IsOneProblemNamingTheLine()
    {
        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerja("{\n  \"kind\": \"perjanjianKinerja\",\n  \"year\": 20 26\n}").Problems);

        Assert.Equal(ProblemCodes.JsonMalformed, problem.Code);
        Assert.Equal("$", problem.Path);
        Assert.Equal(
            "$: JSON tidak sah di baris 3, posisi 14 ($.year): '26' bukan nilai JSON; tulis angka seperti 12 atau 1.5, teks di antara tanda petik ganda, dan true, false atau null apa adanya.",
            problem.Message);
        Assert.Equal(
            "$: malformed JSON at line 3, byte 14 ($.year): '26' is not a JSON value; write numbers such as 12 or 1.5, text in double quotes, and true, false or null as they are.",
            problem.GetMessage(MessageLanguage.English));
    }

    [Theory]
    [InlineData("""{ "sasaran": [ { "id": "S1" }, { "indicators": [ { "annualTarget": 5, } ] } ] }""", "($.sasaran[1].indicators[0].annualTarget)")]
    [InlineData("""{ "name": "x", "bands": [ }""", "($.bands)")]
    [InlineData("""[ 1, 2, tru ]""", "($[1])")]
    [InlineData("""{ "a": "text""", "($.a)")]
    public void ReadPerjanjianKinerja_Malformed_NamesThePathReached(string json, string where)
    {
        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerja(json).Problems);

        Assert.Equal((ProblemCodes.JsonMalformed, "$"), (problem.Code, problem.Path));
        Assert.Contains(where, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "teks kosong", "the text is empty")]
    [InlineData("{ \"year\": 2026", "teks berakhir sebelum JSON selesai", "the text ends before the JSON does")]
    [InlineData("{ 'year': 2026 }", "tanda petik tunggal", "a single quote")]
    [InlineData("{ \"year\": tru }", "'tru' bukan nilai JSON", "'tru' is not a JSON value")]
    [InlineData("{ \"name\": \"a\nb\" }", "karakter kendali U+000A di dalam teks", "control character U+000A inside a string")]
    [InlineData("{ \"name\": \"\\q\" }", "urutan '\\q' tidak dikenal", "unknown escape '\\q'")]
    [InlineData("{ /* catatan", "komentar /* tidak ditutup", "a /* comment is not closed")]
    [InlineData("{ \"year\": 2026 } }", "karakter '}' tidak dapat berada di sini", "character '}' cannot stand here")]
    public void ReadPerjanjianKinerja_Malformed_SaysWhatIsWrongInEachLanguage(string json, string indonesian, string english)
    {
        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerja(json).Problems);

        Assert.Equal((ProblemCodes.JsonMalformed, "$", null), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Contains(indonesian, problem.Message, StringComparison.Ordinal);
        Assert.Contains(english, problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPerjanjianKinerja_HalfASurrogatePair_IsMalformedNotAnException()
    {
        // Such a string has no UTF-8 form: the parser would throw before reading (a theory's data would not keep it intact).
        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerja("{\n  \"name\": \"ab\ud800\" }").Problems);

        Assert.Equal((ProblemCodes.JsonMalformed, "$"), (problem.Code, problem.Path));
        Assert.Equal("$: JSON tidak sah di baris 2, posisi 14 ($.name): karakter U+D800 adalah separuh pasangan surrogate UTF-16 tanpa pasangannya, sehingga teks ini bukan Unicode yang sah.", problem.Message);
        Assert.Equal("$: malformed JSON at line 2, byte 14 ($.name): character U+D800 is half of a UTF-16 surrogate pair without its other half, so the text is not valid Unicode.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void ReadPerjanjianKinerja_NestedTooDeep_SaysSo()
    {
        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerja(new string('[', 100) + new string(']', 100)).Problems);

        Assert.EndsWith("nilai bersarang lebih dari 64 tingkat.", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("values are nested more than 64 levels deep.", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPerjanjianKinerja_NullItemInAList_IsRequiredNotAnException()
    {
        var json = SetAt(KinerjaJson.Write(Pk), "$.sasaran[0].indicators[0]", "null");

        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerja(json).Problems);

        Assert.Equal((ProblemCodes.Required, "$.sasaran[0].indicators[0]"), (problem.Code, problem.Path));
    }

    [Fact]
    public void ReadPerjanjianKinerja_GradeTargetOnANumericIndicator_NamesBothKindsInEachLanguage()
    {
        var json = SetAt(KinerjaJson.Write(Pk), "$.sasaran[0].indicators[0].annualTarget", """{ "grade": "B" }""");

        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerja(json).Problems, p => p.Code == ProblemCodes.TargetKind);

        Assert.Equal("Grade", problem.AttemptedValue);
        Assert.Equal("$.sasaran[0].indicators[0].annualTarget: target berupa predikat tidak sesuai dengan indikator yang nilainya angka.", problem.Message);
        Assert.Equal("$.sasaran[0].indicators[0].annualTarget: a target that is a grade does not fit an indicator whose values are numbers.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void ReadPerjanjianKinerja_DocumentOfAnotherKind_FailsNamingBothKinds()
    {
        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerja(KinerjaJson.Write(CategoryScales.Permendagri86)).Problems);

        Assert.Equal(ProblemCodes.JsonKind, problem.Code);
        Assert.Equal("$.kind", problem.Path);
        Assert.Equal("categoryScale", problem.AttemptedValue);
        Assert.Equal("$.kind: dokumen ini berjenis 'categoryScale', bukan 'perjanjianKinerja' yang diminta.", problem.Message);
        Assert.Equal("$.kind: this document is of kind 'categoryScale', not the 'perjanjianKinerja' asked for.", problem.GetMessage(MessageLanguage.English));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "year": 2026 }""", ProblemCodes.Required, "$.kind")]
    [InlineData("""{ "kind": "perjanjianKinerja" }""", ProblemCodes.Required, "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": "1", "kind": "perjanjianKinerja" }""", ProblemCodes.JsonSchemaVersion, "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 0, "kind": "perjanjianKinerja" }""", ProblemCodes.JsonSchemaVersion, "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1, "kind": 7 }""", ProblemCodes.JsonType, "$.kind")]
    [InlineData("""[ 1, 2 ]""", ProblemCodes.JsonType, "$")]
    [InlineData("""{ "schemaVersion": 1, "kind": "perjanjianKinerja" }""", ProblemCodes.Required, "$.year")]
    [InlineData("""{ "schemaVersion": 1, "kind": "perjanjianKinerja", "year": 2026 }""", ProblemCodes.Required, "$.unit.code")]
    [InlineData("""{ "schemaVersion": 1, "kind": "perjanjianKinerja", "year": 2026 }""", ProblemCodes.Required, "$.pihakPertama")]
    [InlineData("""{ "schemaVersion": 1, "kind": "perjanjianKinerja", "year": 2026 }""", ProblemCodes.Empty, "$.sasaran")]
    public void ReadPerjanjianKinerja_BadEnvelope_NamesThePath(string json, string code, string path)
    {
        var result = KinerjaJson.ReadPerjanjianKinerja(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Code == code && p.Path == path);
    }

    [Fact]
    public void Read_NullText_Throws() =>
        Assert.Throws<ArgumentNullException>(() => KinerjaJson.ReadPerjanjianKinerja(null!));

    [Fact]
    public void Write_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => KinerjaJson.Write((PerjanjianKinerja)null!));

    [Theory]
    [InlineData("polarity", "9", "0", "2")]
    [InlineData("aggregation", "7", "0", "4")]
    [InlineData("valueKind", "8", "0", "3")]
    [InlineData("level", "6", "0", "4")]
    public void Build_UndefinedEnumValue_IsRefusedNamingTheField(string field, string value, string from, string to)
    {
        // A PK holding an undefined enum cannot be built, so it can never be written (or evaluated).
        var number = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var result = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i =>
            {
                i.WithSatuan("%").WithAnnualTarget(1m);
                _ = field switch
                {
                    "polarity" => i.WithPolarity((Polarity)number),
                    "aggregation" => i.WithAggregation((AggregationMethod)number),
                    "valueKind" => i.WithValueKind((ValueKind)number),
                    _ => i.WithLevel((IndicatorLevel)number),
                };
            }))
            .Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.OutOfRange, "sasaran[0].indicators[0]." + field, value), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal([from, to], problem.Arguments);
    }

    [Fact]
    public void ReadPerjanjianKinerja_UnknownEnumName_ListsTheNames()
    {
        var json = SetAt(KinerjaJson.Write(Pk), "$.sasaran[0].indicators[0].polarity", "\"higher\"");

        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerja(json).Problems);

        Assert.Equal(("$.sasaran[0].indicators[0].polarity", "higher"), (problem.Path, problem.AttemptedValue));
        Assert.Equal("$.sasaran[0].indicators[0].polarity: value higher should be one of 'positive', 'negative', 'keepStable'.", problem.GetMessage(MessageLanguage.English));
    }

    [Theory]
    [InlineData("$.sasaran[0].cascadesTo", """{ "year": 2026, "sasaranId": "S9" }""", ProblemCodes.Required, "$.sasaran[0].cascadesTo.unitCode")]
    [InlineData("$.sasaran[0].cascadesTo", """{ "unitCode": "3303", "year": 2025, "sasaranId": "S9" }""", ProblemCodes.CascadeYear, "$.sasaran[0].cascadesTo.year")]
    [InlineData("$.sasaran[0].indicators[0].annualTarget", """{ "lower": 1, "min": 2 }""", ProblemCodes.JsonUnknownProperty, "$.sasaran[0].indicators[0].annualTarget.min")]
    [InlineData("$.sasaran[0].indicators[0].annualTarget", "[ 1 ]", ProblemCodes.JsonType, "$.sasaran[0].indicators[0].annualTarget")]
    [InlineData("$.sasaran[0].indicators[0].annualTarget", """{ "lower": 1 }""", ProblemCodes.Required, "$.sasaran[0].indicators[0].annualTarget")]
    [InlineData("$.sasaran[1].indicators[0].gradeScale.grades[1].code", "\"d\"", ProblemCodes.Duplicate, "$.sasaran[1].indicators[0].gradeScale.grades[1].code")]
    [InlineData("$.sasaran[1].indicators[0].gradeScale.grades[2].score", "1", ProblemCodes.OutOfRange, "$.sasaran[1].indicators[0].gradeScale.grades[2].score")]
    [InlineData("$.sasaran[1].indicators[0].valueKind", "\"number\"", ProblemCodes.JsonType, "$.sasaran[1].indicators[0].valueKind")]
    [InlineData("$.sasaran[0].indicators[0].quarterlyTargets", "[ 1, 2, 3, 4, 5 ]", ProblemCodes.TriwulanOutOfRange, "$.sasaran[0].indicators[0].quarterlyTargets[4]")]
    [InlineData("$.signedOn", "\"31-03-2026\"", ProblemCodes.JsonType, "$.signedOn")]
    [InlineData("$.pihakPertama.nip", "\"1978\"", ProblemCodes.NipLength, "$.pihakPertama.nip")]
    public void ReadPerjanjianKinerja_DocumentOnlyMistakes_NameTheirPath(string path, string value, string code, string problemPath)
    {
        var result = KinerjaJson.ReadPerjanjianKinerja(SetAt(KinerjaJson.Write(Pk), path, value));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, p => p.Code == code && p.Path == problemPath);
    }

    [Fact]
    public void ReadPerjanjianKinerjaHistory_VersionsOutOfOrder_NamesTheVersion()
    {
        var v2 = Pk.ToRevisionBuilder().WithRevisionNote("perubahan").Build().Value;
        var json = SetAt(KinerjaJson.Write(PerjanjianKinerjaHistory.Start(Pk).Revise(v2).Value), "$.versions[1].version", "3");

        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerjaHistory(json).Problems);

        Assert.Equal((ProblemCodes.RevisionOutOfOrder, "$.versions[1].version", "3"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void ReadPerjanjianKinerjaHistory_ProblemInOneVersion_NamesThatVersion()
    {
        var v2 = Pk.ToRevisionBuilder().Build().Value;
        var json = SetAt(KinerjaJson.Write(PerjanjianKinerjaHistory.Start(Pk).Revise(v2).Value), "$.versions[1].programs[0].pagu", "-10");

        var problem = Assert.Single(KinerjaJson.ReadPerjanjianKinerjaHistory(json).Problems);

        Assert.Equal((ProblemCodes.AmountNegative, "$.versions[1].programs[0].pagu"), (problem.Code, problem.Path));
    }

    [Fact]
    public void ReadMeasurementSet_OfAnotherPk_FailsNamingThePk()
    {
        var set = MeasurementSet.CreateBuilder(Pk).AddRealisasi("IK1", 1, 10m).Build().Value;
        var json = SetAt(KinerjaJson.Write(set), "$.pk.year", "2025");

        var problem = Assert.Single(KinerjaJson.ReadMeasurementSet(json, Pk).Problems);

        Assert.Equal((ProblemCodes.UnknownReference, "$.pk", "3303-BBS/2025"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void ReadMeasurementSet_BadEntries_ReportTheBuildersProblemsWithTheirPaths()
    {
        const string json = """
            { "schemaVersion": 1, "kind": "measurementSet", "pk": { "unitCode": "3303-BBS", "year": 2026 },
              "realisasi": [
                { "indicatorId": "IK9", "triwulan": 1, "value": 1 },
                { "indicatorId": "IK1", "triwulan": 5, "value": 1 },
                { "indicatorId": "IK2", "triwulan": 1, "value": -2 },
                { "indicatorId": "IK3", "triwulan": 4, "grade": "Z" },
                { "indicatorId": "IK1", "triwulan": 2, "value": 1, "buktiDukung": [ { "reference": "" } ] } ],
              "anggaran": [ { "programId": "P1", "triwulan": 1, "amount": -1 } ] }
            """;

        var found = KinerjaJson.ReadMeasurementSet(json, Pk).Problems.Select(p => (p.Code, p.Path)).ToArray();

        Assert.Equal(
            new[]
            {
                (ProblemCodes.UnknownReference, "$.realisasi[0].indicatorId"),
                (ProblemCodes.TriwulanOutOfRange, "$.realisasi[1].triwulan"),
                (ProblemCodes.RealisasiNegative, "$.realisasi[2].value"),
                (ProblemCodes.GradeUnknown, "$.realisasi[3].grade"),
                (ProblemCodes.Required, "$.realisasi[4].buktiDukung[0].reference"),
                (ProblemCodes.AmountNegative, "$.anggaran[0].amount"),
            },
            found);
    }

    [Theory]
    [InlineData("""{ "indicatorId": "IK1", "triwulan": 1 }""", ProblemCodes.Required, "$.realisasi[0].value")]
    [InlineData("""{ "indicatorId": "IK1", "triwulan": 1, "value": 1, "grade": "B" }""", ProblemCodes.JsonType, "$.realisasi[0].value")]
    [InlineData("""{ "indicatorId": "IK1", "value": 1 }""", ProblemCodes.Required, "$.realisasi[0].triwulan")]
    public void ReadMeasurementSet_ValueAndGrade_ExactlyOneIsGiven(string entry, string code, string path)
    {
        var json = """{ "schemaVersion": 1, "kind": "measurementSet", "pk": { "unitCode": "3303-BBS", "year": 2026 }, "realisasi": [ """ + entry + " ] }";

        var problem = Assert.Single(KinerjaJson.ReadMeasurementSet(json, Pk).Problems);

        Assert.Equal((code, path), (problem.Code, problem.Path));
    }

    [Fact]
    public void ReadWorkingCalendar_BadValues_NameTheirPaths()
    {
        const string json = """
            { "schemaVersion": 1, "kind": "workingCalendar", "zone": "Asia/Bandung",
              "week": { "monday": { "start": "16:00", "end": "08:00" }, "funday": { "start": "08:00", "end": "9am" } },
              "dayReading": "wholeDays", "nominalDayLength": "seven hours", "holidays": [ { "date": "2026-02-30", "name": "x", "kind": "libur-nasional" } ] }
            """;

        var found = KinerjaJson.ReadWorkingCalendar(json).Problems.Select(p => (p.Code, p.Path)).ToArray();

        Assert.Equal(
            new[]
            {
                (ProblemCodes.UnknownReference, "$.zone"),
                (ProblemCodes.JsonType, "$.week.funday"),
                (ProblemCodes.JsonType, "$.week.funday.end"),
                (ProblemCodes.JsonType, "$.dayReading"),
                (ProblemCodes.JsonType, "$.nominalDayLength"),
                (ProblemCodes.JsonType, "$.holidays[0].date"),
            },
            found);
    }

    [Theory]
    [InlineData("", DayReading.WorkingTimeToClose)]
    [InlineData(", \"dayReading\": null", DayReading.WorkingTimeToClose)]
    [InlineData(", \"dayReading\": \"workingTimeToClose\"", DayReading.WorkingTimeToClose)]
    [InlineData(", \"dayReading\": \"workingTime\"", DayReading.WorkingTime)]
    [InlineData(", \"dayReading\": \"wholeDaysAfterStartDay\"", DayReading.WholeDaysAfterStartDay)]
    public void ReadWorkingCalendar_DayReading_IsTheDefaultWhenLeftOut(string property, DayReading expected)
    {
        var json = """{ "schemaVersion": 1, "kind": "workingCalendar", "zone": "Asia/Jakarta", "week": { "monday": { "start": "07:30", "end": "16:00" } }""" + property + " }";

        var read = KinerjaJson.ReadWorkingCalendar(json);

        Assert.Empty(read.Problems);
        Assert.Equal(expected, read.Value.DayReading);
    }

    [Fact]
    public void ReadWorkingCalendar_UnknownDayReading_NamesTheReadings()
    {
        const string json = """{ "schemaVersion": 1, "kind": "workingCalendar", "zone": "Asia/Jakarta", "week": { "monday": { "start": "07:30", "end": "16:00" } }, "dayReading": "WorkingTime" }""";

        var problem = Assert.Single(KinerjaJson.ReadWorkingCalendar(json).Problems);

        Assert.Equal((ProblemCodes.JsonType, "$.dayReading", "WorkingTime"), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Contains("one of 'workingTimeToClose', 'workingTime', 'wholeDaysAfterStartDay'", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadWorkingCalendar_EndBeforeStart_IsTheBuildersProblemUnderTheWeekday()
    {
        const string json = """
            { "schemaVersion": 1, "kind": "workingCalendar", "zone": "Asia/Jakarta", "week": { "monday": { "start": "16:00", "end": "08:00" } } }
            """;

        var problem = Assert.Single(KinerjaJson.ReadWorkingCalendar(json).Problems);

        Assert.Equal((ProblemCodes.WorkingHours, "$.week.monday"), (problem.Code, problem.Path));
    }

    [Fact]
    public void ReadSopInstance_UnknownDefinition_FailsNamingIt()
    {
        var definition = SopTemplates.BojongPengumpulanDataKinerja;
        var started = new SopEngine(new FakeClock(SopTestKit.Monday0800Wib), SopTestKit.RosterFor(definition)).Start(definition, "b-1", "TW II", definition.FirstStep.Actor).Value;

        var problem = Assert.Single(KinerjaJson.ReadSopInstance(KinerjaJson.Write(started), SopTemplates.AjibarangPengukuranDataKinerja).Problems);

        Assert.Equal((ProblemCodes.UnknownReference, "$.definition", "bojong-pengumpulan-data-kinerja v1"), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void ReadSopInstance_LogThatCannotBeReplayed_NamesTheEvent()
    {
        var definition = SopTemplates.PurbalinggaMekanismePengukuranKinerja;
        var clock = new FakeClock(SopTestKit.Monday0800Wib);
        var (run, _) = SopTestKit.RunToEnd(new SopEngine(clock, SopTestKit.RosterFor(definition)), clock, definition);
        var json = SetAt(KinerjaJson.Write(run), "$.events[2].step", "\"7\"");

        var problem = Assert.Single(KinerjaJson.ReadSopInstance(json, definition).Problems);

        // The edit breaks the chain at that event before the flow is looked at.
        Assert.Equal((ProblemCodes.SopChainBroken, "$.events[2]"), (problem.Code, problem.Path));
        Assert.Contains("diubah sesudah dicatat", problem.Message, StringComparison.Ordinal);

        // The same edit in an unchained version-2 document is caught by the flow alone.
        var version2 = ToVersion2(json);
        problem = Assert.Single(KinerjaJson.ReadSopInstance(version2, definition).Problems);
        Assert.Equal((ProblemCodes.SopLogInconsistent, "$.events[2]"), (problem.Code, problem.Path));
    }

    /// <summary>A version-3 document as version 2 wrote it: no hashes, no sealedAtMigration.</summary>
    internal static string ToVersion2(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["schemaVersion"] = 2;
        root.Remove("sealedAtMigration");
        foreach (var e in root["events"]!.AsArray())
        {
            e!.AsObject().Remove("previousHash");
            e.AsObject().Remove("hash");
        }

        return root.ToJsonString();
    }

    [Theory]
    [InlineData("$.events[1].at", "\"2026-06-08 09:00\"", ProblemCodes.JsonType)]
    [InlineData("$.events[1].kind", "\"finished\"", ProblemCodes.JsonType)]
    [InlineData("$.events[1].sequence", "0", ProblemCodes.OutOfRange)]
    [InlineData("$.events[1].personId", "\"\"", ProblemCodes.Required)]
    public void ReadSopInstance_BadEvent_NamesItsPath(string path, string value, string code)
    {
        var definition = SopTemplates.PurbalinggaMekanismePengukuranKinerja;
        var clock = new FakeClock(SopTestKit.Monday0800Wib);
        var (run, _) = SopTestKit.RunToEnd(new SopEngine(clock, SopTestKit.RosterFor(definition)), clock, definition);

        var problem = Assert.Single(KinerjaJson.ReadSopInstance(SetAt(KinerjaJson.Write(run), path, value), definition).Problems);

        Assert.Equal((code, path), (problem.Code, problem.Path));
    }

    // ------------------------------------------------------------------ version 0

    [Fact]
    public void ReadCategoryScale_Version0WithoutKindOrVersion_Loads()
    {
        const string json = """
            { "name": "Skala lama", "bands": [ { "label": "Kurang", "upper": 60 }, { "label": "Baik", "lower": 60 } ] }
            """;

        var scale = KinerjaJson.ReadCategoryScale(json);

        Assert.Empty(scale.Problems);
        Assert.Equal("Baik", scale.Value.Classify(60m)!.Label);
        Assert.Contains("\"kind\": \"categoryScale\"", KinerjaJson.Write(scale.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInData_SopTemplatesInVersion2_HolidaysInVersion0_LoadThroughKinerjaJson()
    {
        var sop = EmbeddedData.Names("Sop").ToArray();
        var holidays = EmbeddedData.Names("Holidays").ToArray();
        Assert.Equal(6, sop.Length);
        Assert.NotEmpty(holidays);

        foreach (var name in sop)
        {
            var text = EmbeddedData.Read(name);
            var root = JsonNode.Parse(text)!;
            Assert.Equal("sopDefinition", (string?)root["kind"]);
            Assert.Equal(2, (int?)root["schemaVersion"]);
            var definition = KinerjaJson.ReadSopDefinition(text);
            Assert.True(definition.IsValid, name + ": " + definition);
            Assert.Equal(Canonical.Of(SopTemplates.Get(definition.Value.Id)), Canonical.Of(definition.Value));
        }

        foreach (var name in holidays)
        {
            var text = EmbeddedData.Read(name);
            Assert.Null(JsonNode.Parse(text)!["kind"]);
            Assert.True(KinerjaJson.ReadHolidayList(text).IsValid, name);
        }
    }

    [Fact]
    public void ReadSopDefinition_TemplatesInTheShapeTheyShippedBefore_MigrateToTheirVersion2()
    {
        // The templates were shipped without kind, with numbered steps and numbered gaps until they moved to version 2;
        // those that use nothing version 2 added (several actors, split, join, a return to a role) are rewritten in that shape.
        var old = SopTemplates.All.Where(t => t.Steps.All(s => s.Actors.Count == 1 && s.Split.Count == 0 && !s.IsJoin && s.Decision?.NoRole is null)).ToArray();
        Assert.Contains(old, t => t.Gaps.Any(g => g.After is not null));

        foreach (var template in old)
        {
            var v0 = JsonNode.Parse(KinerjaJson.Write(template))!.AsObject();
            v0.Remove("kind");
            v0["schemaVersion"] = 1;
            foreach (var step in v0["steps"]!.AsArray().Select(s => s!.AsObject()))
            {
                step["number"] = Number(step["id"]);
                step.Remove("id");
                Renumber(step, "next");
                if (step["decision"] is JsonObject decision)
                {
                    Renumber(decision, "yes");
                    Renumber(decision, "no");
                }
            }

            foreach (var gap in v0["gaps"]!.AsArray().Select(g => g!.AsObject()))
            {
                gap["steps"] = new JsonArray([.. gap["steps"]!.AsArray().Select(s => (JsonNode)Number(s))]);
                gap.Remove("after");
            }

            var migrated = KinerjaJson.ReadSopDefinition(v0.ToJsonString());

            Assert.True(migrated.IsValid, template.Id + ": " + migrated);
            Assert.Equal(Canonical.Of(template), Canonical.Of(migrated.Value));
        }

        static int Number(JsonNode? id) => int.Parse((string)id!, System.Globalization.CultureInfo.InvariantCulture);

        static void Renumber(JsonObject node, string name)
        {
            if (node[name] is { } id)
            {
                node[name] = Number(id);
            }
        }
    }

    [Fact]
    public void ReadHolidayList_Version0WithANewerOwnVersion_IsRejected()
    {
        var problem = Assert.Single(KinerjaJson.ReadHolidayList("""{ "schemaVersion": 2, "year": 2027, "source": "x", "holidays": [] }""").Problems);

        Assert.Equal((ProblemCodes.JsonSchemaVersion, "$.schemaVersion"), (problem.Code, problem.Path));
    }

    [Fact]
    public void ReadSopDefinition_Version1Written_ReadsBackEqual()
    {
        foreach (var template in SopTemplates.All)
        {
            var back = KinerjaJson.ReadSopDefinition(KinerjaJson.Write(template));
            Assert.True(back.IsValid, back.ToString());
            Assert.Equal(Canonical.Of(template), Canonical.Of(back.Value));
        }
    }

    internal static string SetAt(string json, string path, string value)
    {
        var root = JsonNode.Parse(json)!;
        var parts = path.Substring(2).Replace("]", string.Empty, StringComparison.Ordinal).Split('.', '[');
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = int.TryParse(parts[i], out var index) ? node[index]! : node[parts[i]]!;
        }

        // Insert the value as raw JSON text so that numbers keep their exact digits.
        const string marker = "\"__value__\"";
        var last = parts[^1];
        if (int.TryParse(last, out var at))
        {
            node[at] = "__value__";
        }
        else
        {
            node[last] = "__value__";
        }

        return root.ToJsonString().Replace(marker, value, StringComparison.Ordinal);
    }
}
