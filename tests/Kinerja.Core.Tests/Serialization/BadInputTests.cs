using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Measurement;
using Kinerja.Core.Serialization;
using Kinerja.Core.Tests.Properties;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Serialization;

/// <summary>
/// Bad input never throws and never blows up (issue 12): each cause the fuzzing harness found, from its
/// minimal input, comes back as problems; documents of many items cost what their items cost. The tests
/// assert what is returned (the problems, their count), never how long it took: docs/reliability.md has the timings.
/// </summary>
public class BadInputTests
{
    private static string Sample(string file) => File.ReadAllText(Path.Combine(DocumentSchemas.Folder, "samples", file));

    /// <summary>Every text reader of the library, as one function each.</summary>
    private static readonly (string Name, Func<string, IReadOnlyList<ValidationProblem>> Read)[] Readers =
    [
        ("ReadPerjanjianKinerja", t => KinerjaJson.ReadPerjanjianKinerja(t).Problems),
        ("ReadPerjanjianKinerjaHistory", t => KinerjaJson.ReadPerjanjianKinerjaHistory(t).Problems),
        ("ReadMeasurementSet", t => KinerjaJson.ReadMeasurementSet(t, SamplePk.Build()).Problems),
        ("ReadCategoryScale", t => KinerjaJson.ReadCategoryScale(t).Problems),
        ("ReadWorkingCalendar", t => KinerjaJson.ReadWorkingCalendar(t).Problems),
        ("ReadHolidayList", t => KinerjaJson.ReadHolidayList(t).Problems),
        ("ReadSopDefinition", t => KinerjaJson.ReadSopDefinition(t).Problems),
        ("ReadSopInstance", t => KinerjaJson.ReadSopInstance(t, (id, v) => SopTemplates.All.FirstOrDefault(d => d.Id == id && d.Version == v)).Problems),
        ("ReadRecapTable", t => KinerjaJson.ReadRecapTable(t).Problems),
    ];

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("{ \"name\": \"a\\udc00\" }")]
    [InlineData("{ \"na\\ud800me\": 1 }")]
    [InlineData("{ \"name\": \"\\ud800\\u0041\" }")]
    public void EveryReader_EscapedLoneSurrogate_IsMalformedAtTheEscape(string json)
    {
        foreach (var (name, read) in Readers)
        {
            var problem = Assert.Single(read(json));

            Assert.True(problem.Code == ProblemCodes.JsonMalformed && problem.Path == "$", name + ": " + problem);
            Assert.Contains("surrogate", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("{ \"kind\": \"a\", \"kind\": \"b\" }", "$.kind", "kind")]
    [InlineData("{ \"events\": [ {}, { \"attachments\": [], \"note\": 1, \"attachments\": [] } ] }", "$.events[1].attachments", "attachments")]
    public void EveryReader_PropertyWrittenTwice_IsDuplicatePropertyAtItsSecondPlace(string json, string path, string name)
    {
        // Found by the long fuzz round (seed 1, input 446856): a version-1 SOP log whose event named "attachments" twice
        // threw ArgumentException when migrated; before that, any reader kept the last value and dropped the first silently.
        foreach (var (reader, read) in Readers)
        {
            var problem = Assert.Single(read(json));

            Assert.True(problem.Code == ProblemCodes.JsonDuplicateProperty && problem.Path == path && problem.AttemptedValue == name, reader + ": " + problem);
            Assert.DoesNotContain("property", problem.GetMessage(MessageLanguage.Indonesian), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\"attachments\": [], \"attachments\": [], ", ProblemCodes.JsonDuplicateProperty, "$.events[0].attachments")]
    [InlineData("\"outputs\": [\"ND-1\"], \"attachments\": [{ \"reference\": \"ND-2\" }], ", ProblemCodes.JsonUnknownProperty, "$.events[0].outputs")]
    public void ReadSopInstance_VersionOneEventWithAttachments_IsAProblemNotAnExceptionNorALoss(string inserted, string code, string path)
    {
        // Version 1 knew outputs, not attachments: an event naming attachments twice threw when migrated (the fuzz input
        // above), and one with both had its attachments replaced by its outputs silently.
        var json = JsonNode.Parse(Sample("sop-instance.json"))!.AsObject();
        json["schemaVersion"] = 1;
        var text = ReplaceFirst(json.ToJsonString(), "\"step\":", inserted + "\"step\":");

        var result = KinerjaJson.ReadSopInstance(text, (id, v) => SopTemplates.All.FirstOrDefault(d => d.Id == id && d.Version == v));

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Code == code && p.Path == path);

        static string ReplaceFirst(string s, string what, string with)
        {
            var at = s.IndexOf(what, StringComparison.Ordinal);
            return s.Substring(0, at) + with + s.Substring(at + what.Length);
        }
    }

    [Fact]
    public void EveryReader_TextPastTheLimit_IsTooLargeBeforeParsing()
    {
        // Valid JSON (one object padded with blanks), one character past the limit: the length alone refuses it.
        var json = "{}" + new string(' ', KinerjaJson.MaxDocumentLength - 1);
        foreach (var (name, read) in Readers)
        {
            var problem = Assert.Single(read(json));

            Assert.True(problem.Code == ProblemCodes.JsonTooLarge && problem.Path == "$", name + ": " + problem);
            Assert.Equal("67108865", problem.AttemptedValue);
            Assert.Equal("$: dokumen JSON sepanjang 67108865 karakter melebihi batas 67108864 karakter.", problem.GetMessage(MessageLanguage.Indonesian));
        }

        // At the limit exactly, the same text is read (and is then a document without its kind).
        Assert.DoesNotContain(KinerjaJson.ReadCategoryScale(json.Substring(0, json.Length - 1)).Problems, p => p.Code == ProblemCodes.JsonTooLarge);
    }

    [Fact]
    public void ReadCategoryScale_RawLoneSurrogate_IsMalformed()
    {
        var problem = Assert.Single(KinerjaJson.ReadCategoryScale("\ud800").Problems);

        Assert.Equal((ProblemCodes.JsonMalformed, "$"), (problem.Code, problem.Path));
    }

    [Fact]
    public void EveryReader_RawLoneSurrogateAfterANameWithAnEscapedOne_IsMalformed()
    {
        // Found by the long fuzzing round: the path to the raw half read the name before it, and threw there.
        foreach (var (name, read) in Readers)
        {
            var problem = Assert.Single(read("{ \"a\\ud800\": 1, \"b\": \"x\ud800\" }"));

            Assert.True(problem.Code == ProblemCodes.JsonMalformed && problem.Path == "$", name + ": " + problem);
        }
    }

    [Fact]
    public void ReadCategoryScale_EscapedPairAndEscapeInAComment_AreRead()
    {
        // A whole pair is a character; an escape in a comment is not in any string.
        var json = Sample("category-scale.json").Replace("\"Permendagri 86/2017\"", "\"Skala \\ud83d\\ude00\" /* \\ud800 */");

        var read = KinerjaJson.ReadCategoryScale(json);

        Assert.Empty(read.Problems);
        Assert.Equal("Skala \ud83d\ude00", read.Value.Name);
    }

    [Theory]
    [InlineData("category-scale.json", "bands", "$.bands[0]")]
    [InlineData("sop-definition.json", "steps", "$.steps[0]")]
    [InlineData("perjanjian-kinerja.json", "sasaran", "$.sasaran[0]")]
    [InlineData("sop-instance.json", "events", "$.events[0]")]
    [InlineData("recap-table.json", "groups", "$.groups[0]")]
    [InlineData("holiday-list.json", "holidays", "$.holidays[0]")]
    [InlineData("perjanjian-kinerja-history.json", "versions", "$.versions[0]")]
    [InlineData("measurement-set.json", "realisasi", "$.realisasi[0]")]
    public void Read_NullListItem_IsRequiredAtItsPath(string file, string list, string path)
    {
        var root = JsonNode.Parse(Sample(file))!.AsObject();
        root[list] = new JsonArray((JsonNode?)null);
        var kind = (string)root["kind"]!;
        var read = Readers.Single(r => r.Name == "Read" + char.ToUpperInvariant(kind[0]) + kind.Substring(1)).Read;

        var problems = read(root.ToJsonString());

        Assert.Contains(problems, p => p.Code == ProblemCodes.Required && p.Path == path);
    }

    /// <summary>The sample recap table with the first group's first period's category counts (and computed) replaced.</summary>
    private static string RecapWithCounts(int computed, params int[] categories)
    {
        var root = JsonNode.Parse(Sample("recap-table.json"))!.AsObject();
        var period = root["groups"]![0]!["periods"]![0]!.AsObject();
        period["computed"] = computed;
        period["categories"] = new JsonArray([.. categories.Select(c => (JsonNode)c)]);
        return root.ToJsonString();
    }

    [Fact]
    public void ReadRecapTable_CategoryCountsAddingUpPastInt_AreInconsistentNotAnOverflow()
    {
        var bands = (int)JsonNode.Parse(Sample("recap-table.json"))!["bands"]!;
        var counts = Enumerable.Repeat(int.MaxValue, bands).ToArray();

        var problems = KinerjaJson.ReadRecapTable(RecapWithCounts(int.MaxValue, counts)).Problems;

        Assert.Contains(problems, p => p.Code == ProblemCodes.RecapFiguresInconsistent && p.Path == "$.groups[0].periods[0].computed" && p.AttemptedValue == "2147483647");
    }

    [Fact]
    public void ReadRecapTable_CountsAddingUpPastInt_AreInconsistentNotAnOverflow()
    {
        var root = JsonNode.Parse(Sample("recap-table.json"))!.AsObject();
        var period = root["groups"]![0]!["periods"]![0]!.AsObject();
        foreach (var name in new[] { "computed", "notReported", "zeroTarget", "targetMissing", "zeroRealisasi", "otherNotComputable" })
        {
            period[name] = int.MaxValue;
        }

        var problems = KinerjaJson.ReadRecapTable(root.ToJsonString()).Problems;

        Assert.Contains(problems, p => p.Code == ProblemCodes.RecapFiguresInconsistent && p.Path == "$.groups[0].periods[0].indicators");
    }

    [Fact]
    public void ReadRecapTable_TwoBillionBandsInATinyDocument_IsAProblemNotAnAllocation()
    {
        var root = JsonNode.Parse(Sample("recap-table.json"))!.AsObject();
        root["bands"] = 2_000_000_000;

        var problems = KinerjaJson.ReadRecapTable(root.ToJsonString()).Problems;

        Assert.Contains(problems, p => p.Code == ProblemCodes.RecapFiguresInconsistent && p.Path == "$.groups[0].periods[0].categories");
    }

    [Fact]
    public void ReadPerjanjianKinerja_ThirtyTwoThousandSasaranOfOneId_ListsEveryDuplicate()
    {
        // Was quadratic (246 s at this size): each sasaran rescanned the shared problem list.
        var root = JsonNode.Parse(Sample("perjanjian-kinerja.json"))!.AsObject();
        var first = root["sasaran"]![0]!.ToJsonString();
        var many = new StringBuilder("[");
        for (var i = 0; i < 32_000; i++)
        {
            many.Append(i == 0 ? string.Empty : ",").Append(first);
        }

        root["sasaran"] = JsonNode.Parse(many.Append(']').ToString());

        var problems = KinerjaJson.ReadPerjanjianKinerja(root.ToJsonString()).Problems;

        var duplicates = problems.Where(p => p.Code == ProblemCodes.Duplicate && p.Path.EndsWith("].id", StringComparison.Ordinal) && !p.Path.Contains("indicators", StringComparison.Ordinal)).ToList();
        Assert.Equal(31_999, duplicates.Count);
        Assert.Equal("$.sasaran[31999].id", duplicates[^1].Path);
    }

    [Fact]
    public void MeasurementSet_AnggaranAddingUpPastDecimal_WarnsWithTheSumWrittenOut()
    {
        var pk = SamplePk.Builder()
            .AddSasaran("S1", "Sasaran", s => s.AddIndicator("IK1", "Indikator", i => i.WithSatuan("Dokumen").WithAnnualTarget(10m)))
            .AddProgram("P1", "Program", ProgramKind.Program, decimal.MaxValue)
            .Build().Value;
        const decimal Half = 50_000_000_000_000_000_000_000_000_000m;

        var built = MeasurementSet.CreateBuilder(pk).AddBudget("P1", 1, Half).AddBudget("P1", 2, Half).Build();

        var warning = Assert.Single(built.Warnings);
        Assert.Equal((ProblemCodes.AmountExceedsPagu, "anggaran[1].amount", "50000000000000000000000000000 + 50000000000000000000000000000"), (warning.Code, warning.Path, warning.AttemptedValue));
        Assert.True(built.IsValid);
    }

    [Fact]
    public void NipValidate_ManyCharactersNotDigits_NamesTheFirstEighteen()
    {
        var problems = Nip.Validate(new string('v', 100_000)).Problems;

        Assert.Equal(18, problems.Count);
        Assert.All(problems, p => Assert.Equal(ProblemCodes.NipCharacter, p.Code));
    }

    /// <summary>Any text at all, in any of the places a sample holds a string, gives a value or problems, never an exception.</summary>
    [KinerjaProperty]
    public Property EveryReader_AnyStringInASample_ReturnsValueOrProblems() =>
        Prop.ForAll(
            Gen.Elements(Readers.Select((r, i) => i).ToArray()).ToArbitrary(),
            ArbMap.Default.ArbFor<string>().Filter(s => s is not null),
            (which, text) =>
            {
                var (name, read) = Readers[which];
                var file = SampleOf(name);
                var json = Sample(file);
                var at = json.IndexOf(": \"", StringComparison.Ordinal) + 3;
                var withText = json.Substring(0, at) + text + json.Substring(at);
                var problems = read(withText);
                return problems.All(p => p.Code.Length > 0 && p.Path.Length > 0);
            });

    private static string SampleOf(string reader) => reader switch
    {
        "ReadPerjanjianKinerja" => "perjanjian-kinerja.json",
        "ReadPerjanjianKinerjaHistory" => "perjanjian-kinerja-history.json",
        "ReadMeasurementSet" => "measurement-set.json",
        "ReadCategoryScale" => "category-scale.json",
        "ReadWorkingCalendar" => "working-calendar.json",
        "ReadHolidayList" => "holiday-list.json",
        "ReadSopDefinition" => "sop-definition.json",
        "ReadSopInstance" => "sop-instance.json",
        _ => "recap-table.json",
    };
}
