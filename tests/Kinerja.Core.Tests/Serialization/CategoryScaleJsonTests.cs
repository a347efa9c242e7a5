using Kinerja.Core.Scales;
using Kinerja.Core.Serialization;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Serialization;

public class CategoryScaleJsonTests
{
    [Fact]
    public void Parse_CustomScale_ReadsExactDecimals()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "name": "Skala Maluku Tengah 2021",
              "bands": [
                { "label": "Kurang", "upper": 30, "upperInclusive": true },
                { "label": "Agak Kurang", "lower": 30, "lowerInclusive": false, "upper": 50, "upperInclusive": true },
                { "label": "Cukup Baik", "lower": 50, "lowerInclusive": false, "upper": 65, "upperInclusive": true },
                { "label": "Baik", "lower": 65, "lowerInclusive": false, "upper": 75, "upperInclusive": true },
                { "label": "Sangat Baik", "lower": 75, "lowerInclusive": false, "upper": 85, "upperInclusive": true },
                { "label": "Memuaskan", "lower": 85, "lowerInclusive": false, "upper": null }
              ]
            }
            """;
        var scale = KinerjaJson.ReadCategoryScale(json).Value;
        Assert.Equal("Skala Maluku Tengah 2021", scale.Name);
        Assert.Equal("Sangat Baik", scale.Classify(85m).Label);
        Assert.Equal("Memuaskan", scale.WithBasis(CategoryBasis.Exact).Classify(85.000001m).Label);
        Assert.Equal("Sangat Baik", scale.Classify(85.000001m).Label); // prints 85,00 (D47)
    }

    [Fact]
    public void WriteThenParse_RoundTrips()
    {
        var text = KinerjaJson.Write(CategoryScales.Permendagri86);
        var back = KinerjaJson.ReadCategoryScale(text).Value;
        Assert.Equal(CategoryScales.Permendagri86.Name, back.Name);
        Assert.Equal(CategoryScales.Permendagri86.Bands, back.Bands);
    }

    [Fact]
    public void Parse_Malformed_NamesLine()
    {
        var problem = Assert.Single(KinerjaJson.ReadCategoryScale("{ \"name\": \"x\", \"bands\": [ }").Problems);
        Assert.Equal(ProblemCodes.JsonMalformed, problem.Code);
        Assert.Equal("$", problem.Path);
        Assert.Contains("baris 1", problem.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongTypesAndUnknownProperties_ReportsEveryPath()
    {
        const string json = """
            { "name": 5, "colour": "red", "bands": [ { "label": "A", "lower": "ten", "upperInclusive": "yes", "extra": 1 } ] }
            """;
        var found = KinerjaJson.ReadCategoryScale(json).Problems.Select(p => (p.Code, p.Path)).ToArray();
        Assert.Contains((ProblemCodes.JsonUnknownProperty, "$.colour"), found);
        Assert.Contains((ProblemCodes.JsonType, "$.name"), found);
        Assert.Contains((ProblemCodes.JsonType, "$.bands[0].lower"), found);
        Assert.Contains((ProblemCodes.JsonType, "$.bands[0].upperInclusive"), found);
        Assert.Contains((ProblemCodes.JsonUnknownProperty, "$.bands[0].extra"), found);
    }

    [Fact]
    public void Parse_GapInBands_ReportsUnderJsonPath()
    {
        const string json = """
            { "name": "x", "bands": [ { "label": "A", "upper": 50 }, { "label": "B", "lower": 60 } ] }
            """;
        var problem = Assert.Single(KinerjaJson.ReadCategoryScale(json).Problems);
        Assert.Equal(ProblemCodes.ScaleGap, problem.Code);
        Assert.Equal("$.bands[1].lower", problem.Path);
    }

    [Fact]
    public void Parse_NewerSchemaVersion_IsRejected()
    {
        var problem = Assert.Single(KinerjaJson.ReadCategoryScale("""{ "schemaVersion": 2, "name": "x", "bands": [ { "label": "A" } ] }""").Problems);
        Assert.Equal(ProblemCodes.JsonSchemaVersion, problem.Code);
        Assert.Equal("$.schemaVersion", problem.Path);
    }

    [Fact]
    public void Parse_NotAnObjectOrMissingBands()
    {
        Assert.Equal(ProblemCodes.JsonType, Assert.Single(KinerjaJson.ReadCategoryScale("[]").Problems).Code);
        Assert.Equal("$.bands", Assert.Single(KinerjaJson.ReadCategoryScale("""{ "name": "x" }""").Problems).Path);
    }
}
