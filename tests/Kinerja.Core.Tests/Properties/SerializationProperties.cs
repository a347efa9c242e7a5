using System.Globalization;
using System.Text.Json.Nodes;
using Kinerja.Core.Agreements;
using Kinerja.Core.Calendar;
using Kinerja.Core.Scales;
using Kinerja.Core.Serialization;
using Kinerja.Core.Sop;
using Kinerja.Core.Tests.Serialization;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// Every document: what <see cref="KinerjaJson"/> writes validates against its JSON Schema in
/// docs/schemas and reads back, with no error, as an equal object. The models have no value
/// equality, so "equal" is the same <see cref="Canonical"/> text (every field, decimals with their
/// scale); writing the read object again gives the same text too. Validating against a schema costs
/// milliseconds a case, so those properties run a tenth of the cases (<see cref="SchemaPropertyAttribute"/>).
/// </summary>
public class SerializationProperties
{
    [KinerjaProperty(Arbitrary = [typeof(SerializationArbitraries)])]
    public void ReadPerjanjianKinerja_Written_GivesAnEqualPk(PkDocumentCase given) =>
        RoundTrip(given.Pk, KinerjaJson.Write, KinerjaJson.ReadPerjanjianKinerja, Canonical.Of);

    [KinerjaProperty(Arbitrary = [typeof(SerializationArbitraries)])]
    public void ReadPerjanjianKinerjaHistory_Written_GivesEqualVersions(PkHistoryCase given) =>
        RoundTrip(given.History, KinerjaJson.Write, KinerjaJson.ReadPerjanjianKinerjaHistory, Canonical.Of);

    [KinerjaProperty(Arbitrary = [typeof(SerializationArbitraries)])]
    public void ReadMeasurementSet_Written_GivesAnEqualSet(MeasurementCase given) =>
        RoundTrip(given.Set, KinerjaJson.Write, json => KinerjaJson.ReadMeasurementSet(json, given.Pk), Canonical.Of);

    [KinerjaProperty(Arbitrary = [typeof(SerializationArbitraries)])]
    public void ReadCategoryScale_Written_GivesAnEqualScale(CategoryScale scale) =>
        RoundTrip(scale, KinerjaJson.Write, KinerjaJson.ReadCategoryScale, Canonical.Of);

    [KinerjaProperty(Arbitrary = [typeof(SerializationArbitraries)])]
    public void ReadHolidayList_Written_GivesAnEqualList(HolidayList list) =>
        RoundTrip(list, KinerjaJson.Write, KinerjaJson.ReadHolidayList, Canonical.Of);

    [KinerjaProperty(Arbitrary = [typeof(SerializationArbitraries)])]
    public void ReadWorkingCalendar_Written_GivesAnEqualCalendar(WorkingCalendar calendar) =>
        RoundTrip(calendar, KinerjaJson.Write, KinerjaJson.ReadWorkingCalendar, Canonical.Of);

    [KinerjaProperty(Arbitrary = [typeof(SerializationArbitraries)])]
    public void ReadSopDefinition_Written_GivesAnEqualDefinition(SopDefinition definition) =>
        RoundTrip(definition, KinerjaJson.Write, KinerjaJson.ReadSopDefinition, Canonical.Of);

    [KinerjaProperty(Arbitrary = [typeof(SerializationArbitraries)])]
    public void ReadSopInstance_WrittenRun_ReplaysToAnEqualInstance(SopScenario scenario)
    {
        var run = SopRun.Execute(scenario);

        foreach (var instance in run.Instances)
        {
            RoundTrip(instance, KinerjaJson.Write, json => KinerjaJson.ReadSopInstance(json, scenario.Definition), Canonical.Of);
        }
    }

    [SchemaProperty]
    public void Write_Pk_MatchesItsSchema(PkDocumentCase given) => Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(given.Pk)));

    [SchemaProperty]
    public void Write_History_MatchesItsSchema(PkHistoryCase given) => Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(given.History)));

    [SchemaProperty]
    public void Write_MeasurementSet_MatchesItsSchema(MeasurementCase given) => Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(given.Set)));

    [SchemaProperty]
    public void Write_CategoryScale_MatchesItsSchema(CategoryScale scale) => Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(scale)));

    [SchemaProperty]
    public void Write_HolidayList_MatchesItsSchema(HolidayList list) => Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(list)));

    [SchemaProperty]
    public void Write_WorkingCalendar_MatchesItsSchema(WorkingCalendar calendar) => Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(calendar)));

    [SchemaProperty]
    public void Write_SopDefinition_MatchesItsSchema(SopDefinition definition) => Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(definition)));

    [SchemaProperty]
    public void Write_SopInstance_MatchesItsSchema(SopScenario scenario) => Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(SopRun.Execute(scenario).Instances[^1])));

    /// <summary>A document holding the same input as a builder gets the builder's problems, each under <c>$</c>.</summary>
    [KinerjaProperty]
    public void ReadPerjanjianKinerja_DocumentOfBrokenInput_GivesTheBuildersProblems(BrokenPk broken)
    {
        // A quarter number outside 1-4 has no JSON form: the quarterly targets are an array of four.
        if (broken.Spec.AllIndicators.Any(x => x.Indicator.OutOfRangeQuarters.Count > 0))
        {
            return;
        }

        var expected = broken.Spec.ToBuilder().Build().Problems.Select(p => ("$." + p.Path, p.Code, p.AttemptedValue, p.Severity)).ToArray();

        var found = KinerjaJson.ReadPerjanjianKinerja(SpecJson(broken.Spec)).Problems.Select(p => (p.Path, p.Code, p.AttemptedValue, p.Severity)).ToArray();

        Assert.Equal(expected, found);
    }

    /// <summary>An SOP document holding a broken definition gets the builder's problems, each under <c>$</c>.</summary>
    [SopProperty]
    public void ReadSopDefinition_DocumentOfBrokenInput_GivesTheBuildersProblems(BrokenSop broken)
    {
        var expected = broken.Spec.ToBuilder().Build().Problems.Select(p => ("$." + p.Path, p.Code, p.AttemptedValue, p.Severity)).ToArray();
        var document = broken.Spec.ToVersion1Document();

        var found = KinerjaJson.ReadSopDefinition(document.ToJsonString()).Problems.Select(p => (p.Path, p.Code, p.AttemptedValue, p.Severity)).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    private static void RoundTrip<T>(T value, Func<T, string> write, Func<string, Kinerja.Core.Validation.ValidationResult<T>> read, Func<T, string> canonical)
    {
        var json = write(value);
        var back = read(json);

        // A valid object may still carry the builder's warnings (quarterly targets that do not add up,
        // realisasi anggaran above the pagu, a holiday listed twice): they come back as warnings.
        Assert.True(back.IsValid, back + Environment.NewLine + json);
        Assert.All(back.Problems, p => Assert.Equal(Kinerja.Core.Validation.Severity.Warning, p.Severity));
        Assert.Equal(canonical(value), canonical(back.Value));
        Assert.Equal(json, write(back.Value));
    }

    /// <summary>The spec as a PK document, written here by hand (not by the library's writer).</summary>
    private static string SpecJson(PkSpec spec)
    {
        static JsonNode? Target(Target? t) => t?.Kind switch
        {
            null => null,
            TargetKind.Value => JsonValue.Create(t.Value),
            TargetKind.Range => new JsonObject { ["lower"] = t.Lower, ["upper"] = t.Upper },
            _ => new JsonObject { ["grade"] = t.Grade },
        };

        static JsonObject Pihak(PihakSpec p) => new()
        {
            ["name"] = p.Name,
            ["jabatan"] = p.Jabatan,
            ["nip"] = p.Nip,
            ["acting"] = p.Acting.ToString().ToLowerInvariant(),
        };

        static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

        var root = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["kind"] = "perjanjianKinerja",
            ["unit"] = new JsonObject { ["code"] = PkSpec.Unit.Code, ["name"] = PkSpec.Unit.Name },
            ["year"] = spec.Year,
            ["pihakPertama"] = Pihak(spec.Pertama),
        };
        if (spec.Kedua is { } kedua)
        {
            root["pihakKedua"] = Pihak(kedua);
        }

        root["sasaran"] = new JsonArray([.. spec.Sasaran.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["indicators"] = new JsonArray([.. s.Indicators.Select(i =>
            {
                var o = new JsonObject
                {
                    ["id"] = i.Id,
                    ["name"] = i.Name,
                    ["satuan"] = i.Satuan,
                    ["polarity"] = Camel(i.Polarity.ToString()),
                    ["aggregation"] = Camel(i.Aggregation.ToString()),
                    ["annualTarget"] = Target(i.Annual),
                    ["quarterlyTargets"] = new JsonArray([.. i.Quarterly.Select(Target)]),
                };
                if (i.GradeScale is { } g)
                {
                    o["gradeScale"] = new JsonObject
                    {
                        ["name"] = g.Name,
                        ["grades"] = new JsonArray([.. g.Grades.Select(x => (JsonNode)new JsonObject { ["code"] = x.Key, ["score"] = x.Value })]),
                    };
                }
                else
                {
                    o["valueKind"] = Camel(i.ValueKind.ToString());
                }

                return (JsonNode)o;
            })]),
        })]);
        root["programs"] = new JsonArray([.. spec.Programs.Select(p => (JsonNode)new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["kind"] = Camel(p.Kind.ToString()),
            ["pagu"] = p.Pagu,
        })]);
        return root.ToJsonString();
    }
}

/// <summary>
/// A property validating documents against their JSON Schemas: the generators of
/// <see cref="SerializationArbitraries"/> and a tenth of <see cref="PropertyRuns.Count"/> cases (at
/// least 1), since each schema evaluation costs milliseconds where a round trip costs microseconds.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SchemaPropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Uses <see cref="SerializationArbitraries"/> and a tenth of the configured number of cases.</summary>
    public SchemaPropertyAttribute()
    {
        MaxTest = Math.Max(1, PropertyRuns.Count / 10);
        Arbitrary = [typeof(SerializationArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}
