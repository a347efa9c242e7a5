using System.Reflection;
using System.Text.Json.Nodes;
using Kinerja.Core.Agreements;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Tests.Serialization;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Validation;

/// <summary>
/// Every reading error has an Indonesian text with no English in it: every loader runs on a corpus of
/// bad inputs made from the sample documents of docs/schemas (malformed text; each value replaced by
/// one of another type, an unknown name, an impossible date, a number out of range; each property and
/// item removed; an unknown property and a grade added to each object; the first item of each list
/// doubled; and a few edits made together), and every problem's Indonesian message is checked by
/// <see cref="IndonesianText"/>. The templates themselves are checked too, every code's.
/// </summary>
public class IndonesianMessagesTests
{
    /// <summary>
    /// What replaces each value in turn: another type, an unknown name, an impossible date or time, a
    /// time late in the day, a time or a length that is not whole minutes, numbers out of every range,
    /// a target of each kind.
    /// </summary>
    private static readonly string[] Replacements =
    [
        "\"x\"", "\"\"", "\"123\"", "\"2026-13-45\"", "\"25:61\"", "\"23:59\"", "\"07:30:15\"", "\"0:00:00\"", "7", "-1", "0", "1.5",
        "2147483648", "123456789012345678901234567890.123", "true", "null", "[]", "{}", "[ 1 ]", "{ \"x\": 1 }",
        "{ \"grade\": \"B\" }", "{ \"lower\": 5, \"upper\": 1 }",
    ];

    /// <summary>Text that is not JSON, in the ways it usually is not.</summary>
    private static readonly string[] Malformed =
    [
        string.Empty, "   ", "{", "[", "}", "{ \"kind\": }", "{ \"kind\" \"x\" }", "{ 'kind': 'x' }", "{ \"kind\": \"x\", }",
        "{ \"year\": tru }", "{ \"year\": 01 }", "{ \"year\": 1. }", "{ \"year\": - }", "{ \"name\": \"a\nb\" }",
        "{ \"name\": \"\\q\" }", "{ \"name\": \"x\" }}", "{} x", "{ \"a\": [ 1, 2 }", "\u00ef\u00bb\u00bf{", "{ /* unclosed comment",
        "{ \"name\": \"\ud800\" }", "{ \"name\": \"\udc00x\" }", "\ufeff{}", new string('[', 100) + new string(']', 100), "{ \"year\": NaN }",
        "{ \"a\": \"x\" \"b\": 1 }",
    ];

    private static readonly Lazy<PerjanjianKinerja> Pk = new(() => KinerjaJson.ReadPerjanjianKinerja(Sample("perjanjian-kinerja.json")).Value);

    private static readonly Lazy<SopDefinition> Definition = new(() => KinerjaJson.ReadSopDefinition(Sample("sop-definition.json")).Value);

    /// <summary>Every public loader, with the sample document it reads.</summary>
    private static readonly IReadOnlyList<Loader> Loaders =
    [
        new("KinerjaJson.ReadPerjanjianKinerja", "perjanjian-kinerja.json", j => KinerjaJson.ReadPerjanjianKinerja(j).Problems)
        {
            Reaches = [ProblemCodes.TargetKind, ProblemCodes.GradeUnknown, ProblemCodes.OutOfRange, ProblemCodes.NipLength],
            Edits = [[("$.sasaran[1].indicators[0].annualTarget", "{ \"grade\": \"ZZ\" }")]],
        },
        new("KinerjaJson.ReadPerjanjianKinerjaHistory", "perjanjian-kinerja-history.json", j => KinerjaJson.ReadPerjanjianKinerjaHistory(j).Problems),
        new("KinerjaJson.ReadMeasurementSet(pk)", "measurement-set.json", j => KinerjaJson.ReadMeasurementSet(j, Pk.Value).Problems)
        {
            Reaches = [ProblemCodes.RealisasiKind, ProblemCodes.UnknownReference, ProblemCodes.TriwulanOutOfRange],
            Edits = [[("$.realisasi[0].value", "null"), ("$.realisasi[0].grade", "\"B\"")]],
        },
        new("KinerjaJson.ReadCategoryScale", "category-scale.json", j => KinerjaJson.ReadCategoryScale(j).Problems) { Reaches = [ProblemCodes.ScaleGap, ProblemCodes.ScaleOverlap] },
        new("KinerjaJson.ReadWorkingCalendar", "working-calendar.json", j => KinerjaJson.ReadWorkingCalendar(j).Problems) { Reaches = [ProblemCodes.WorkingHours, ProblemCodes.UnknownReference] },
        new("KinerjaJson.ReadHolidayList", "holiday-list.json", j => KinerjaJson.ReadHolidayList(j).Problems),
        new("KinerjaJson.ReadSopDefinition", "sop-definition.json", j => KinerjaJson.ReadSopDefinition(j).Problems),
        new("KinerjaJson.ReadSopInstance(definition)", "sop-instance.json", j => KinerjaJson.ReadSopInstance(j, Definition.Value).Problems)
        {
            // Most edits of the chained sample break its chain; an unchained (version-2) log with a wrong step breaks the flow.
            Reaches = [ProblemCodes.SopChainBroken, ProblemCodes.SopLogInconsistent],
            Edits = [[("$.schemaVersion", "2"), ("$.events[2].step", "\"7\""), .. Enumerable.Range(0, 15).SelectMany(k => new[] { ($"$.events[{k}].hash", "null"), ($"$.events[{k}].previousHash", "null") })]],
        },
        new("KinerjaJson.ReadSopInstance(findDefinition)", "sop-instance.json", j => KinerjaJson.ReadSopInstance(j, (id, version) => id == Definition.Value.Id && version == Definition.Value.Version ? Definition.Value : null).Problems),
        new("KinerjaJson.ReadRecapTable", "recap-table.json", j => KinerjaJson.ReadRecapTable(j).Problems) { Reaches = [ProblemCodes.RecapFiguresInconsistent] },
    ];

    public static TheoryData<string> LoaderNames() => [.. Loaders.Select(l => l.Name)];

    [Theory]
    [MemberData(nameof(LoaderNames))]
    public void Loader_OnACorpusOfBadInputs_IndonesianMessagesHoldNoEnglish(string name)
    {
        var loader = Loaders.Single(l => l.Name == name);
        var problems = new List<ValidationProblem>();
        foreach (var json in Corpus(loader))
        {
            problems.AddRange(loader.Read(json));
        }

        // The corpus reaches the reading errors it is meant to (malformed text, wrong types, unknown
        // properties and names, missing values) and the rules of the model whose messages name words.
        var codes = problems.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        string[] reached = [ProblemCodes.JsonMalformed, ProblemCodes.JsonType, ProblemCodes.JsonUnknownProperty, ProblemCodes.Required, ProblemCodes.JsonKind, ProblemCodes.JsonSchemaVersion, .. loader.Reaches];
        Assert.Equal([], reached.Except(codes, StringComparer.Ordinal));
        if (IndonesianText.Report(problems) is { } report)
        {
            Assert.Fail(report);
        }
    }

    [Fact]
    public void Loaders_AreEveryPublicReadingEntryPoint()
    {
        var entryPoints = typeof(KinerjaJson).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(KinerjaJson).Namespace)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name.StartsWith("Read", StringComparison.Ordinal) || m.Name == "Parse"))
            .Select(m => m.DeclaringType!.Name + "." + m.Name + (m.GetParameters().Length > 1 ? "(" + m.GetParameters()[1].Name + ")" : string.Empty))
            .Order(StringComparer.Ordinal);

        Assert.Equal(entryPoints, Loaders.Select(l => l.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MessagesTests.Codes), MemberType = typeof(MessagesTests))]
    public void IndonesianTemplate_OfEveryCode_HoldsNoEnglish(string code)
    {
        // The arguments are numbers, so every word left is the template's own.
        var problem = new ValidationProblem(code, "$.p", "9", Severity.Error, "10", "11", "12", "13", "14", "15");

        Assert.Empty(IndonesianText.EnglishIn(problem));
    }

    [Theory]
    [InlineData("$.holidays[0].date: nilai 2026-13-45 harus berupa an ISO date (yyyy-MM-dd).", "$.holidays[0].date", "2026-13-45", "an date")]
    [InlineData("$: JSON tidak sah: line 3, byte 14 (near $.year): '2' is invalid after a value. Expected either ',', '}', or ']'.", "$", null, "line byte near is invalid after a value Expected or")]
    [InlineData("Kinerja:Offices:0:WorkingDaysPerWeek: nilai lima harus berupa a whole number.", "Kinerja:Offices:0:WorkingDaysPerWeek", "lima", "a whole number")]
    [InlineData("$.a: nilai the harus berupa angka; lihat '$.the end' dan steps[0].value.", "$.a", "the", "")]
    public void EnglishIn_FindsEnglishWordsButNotTheUsersOwn(string message, string path, string? value, string english) =>
        Assert.Equal(english.Split(' ', StringSplitOptions.RemoveEmptyEntries), IndonesianText.EnglishIn(message, path, value));

    private static string Sample(string name) => File.ReadAllText(Path.Combine(DocumentSchemas.Folder, "samples", name));

    /// <summary>The bad inputs made from a loader's sample document.</summary>
    private static IEnumerable<string> Corpus(Loader loader)
    {
        var sample = Sample(loader.Sample);
        foreach (var edits in loader.Edits)
        {
            yield return edits.Aggregate(sample, (json, edit) => Set(json, edit.Path, edit.Value));
        }

        foreach (var text in Malformed)
        {
            yield return text;
        }

        // Cut short, and broken by a stray character, at points through the document.
        for (var at = 1; at < sample.Length; at += Math.Max(1, sample.Length / 12))
        {
            yield return sample.Substring(0, at);
            yield return sample.Substring(0, at) + "#" + sample.Substring(at);
        }

        // A document of another kind, or of an unknown kind or version, or none.
        yield return "[]";
        yield return "\"x\"";
        yield return "null";
        foreach (var (path, value) in new[] { ("$.kind", "\"lain\""), ("$.kind", "7"), ("$.schemaVersion", "2"), ("$.schemaVersion", "\"1\"") })
        {
            yield return Set(sample, path, value);
        }

        yield return Remove(sample, "$.kind");
        yield return Remove(sample, "$.schemaVersion");

        foreach (var (path, node) in Nodes(JsonNode.Parse(sample)!, "$"))
        {
            if (path == "$")
            {
                continue;
            }

            foreach (var value in Replacements)
            {
                yield return Set(sample, path, value);
            }

            yield return Remove(sample, path);
            if (node is JsonObject)
            {
                yield return Set(sample, path + ".tambahan", "1");
                yield return Set(sample, path + ".grade", "\"B\"");
            }
            else if (node is JsonArray { Count: > 0 } array)
            {
                yield return Set(sample, path + "[" + array.Count + "]", array[0]?.ToJsonString() ?? "null");
            }
        }
    }

    /// <summary>Every node with its path; of a list, only the first item (the others repeat its shape).</summary>
    private static IEnumerable<(string Path, JsonNode? Node)> Nodes(JsonNode? node, string path)
    {
        yield return (path, node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.Where(p => p.Key != "$schema").ToList())
                {
                    foreach (var n in Nodes(child, path + "." + name))
                    {
                        yield return n;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < Math.Min(1, a.Count); i++)
                {
                    foreach (var n in Nodes(a[i], path + "[" + i + "]"))
                    {
                        yield return n;
                    }
                }

                break;
        }
    }

    private static string Set(string json, string path, string value)
    {
        var (parent, last) = Parent(JsonNode.Parse(json)!, path, out var root);
        const string Marker = "__value__";
        if (int.TryParse(last, out var index))
        {
            var array = parent.AsArray();
            if (index < array.Count)
            {
                array[index] = Marker;
            }
            else
            {
                array.Add(Marker);
            }
        }
        else
        {
            parent[last] = Marker;
        }

        // The value goes in as raw text so that numbers keep every digit.
        return root.ToJsonString().Replace("\"" + Marker + "\"", value, StringComparison.Ordinal);
    }

    private static string Remove(string json, string path)
    {
        var (parent, last) = Parent(JsonNode.Parse(json)!, path, out var root);
        if (int.TryParse(last, out var index))
        {
            parent.AsArray().RemoveAt(index);
        }
        else
        {
            parent.AsObject().Remove(last);
        }

        return root.ToJsonString();
    }

    private static (JsonNode Parent, string Last) Parent(JsonNode root, string path, out JsonNode rootOut)
    {
        rootOut = root;
        var parts = path.Substring(2).Replace("]", string.Empty, StringComparison.Ordinal).Split('.', '[');
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = int.TryParse(parts[i], out var index) ? node[index]! : node[parts[i]]!;
        }

        return (node, parts[^1]);
    }

    /// <summary>A loader and the sample it reads; the rules (beyond the reading ones) its corpus must reach, and edits made together that the corpus does not make one at a time.</summary>
    private sealed record Loader(string Name, string Sample, Func<string, IEnumerable<ValidationProblem>> Read)
    {
        public string[] Reaches { get; init; } = [];

        public (string Path, string Value)[][] Edits { get; init; } = [];
    }
}
