using System.Text.Json.Nodes;
using Kinerja.Core.BuiltIn;
using Kinerja.Core.Serialization;

namespace Kinerja.Core.Tests.Serialization;

public class DocumentSchemaTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(DocumentSchemas.Folder, "samples"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ValidatesAgainstTheSchemaOfItsKind(string file)
    {
        var json = File.ReadAllText(Path.Combine(DocumentSchemas.Folder, "samples", file));

        Assert.Null(DocumentSchemas.Errors(json));
    }

    [Fact]
    public void Samples_OneForEverySchema()
    {
        var kinds = Directory.GetFiles(Path.Combine(DocumentSchemas.Folder, "samples"), "*.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!["kind"]!.GetValue<string>())
            .Order(StringComparer.Ordinal);

        Assert.Equal(DocumentSchemas.Files.Select(f => f.Kind).Order(StringComparer.Ordinal), kinds);
        Assert.Equal(
            DocumentSchemas.Files.Select(f => f.File).Order(StringComparer.Ordinal),
            Directory.GetFiles(DocumentSchemas.Folder, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("category-scale.json", "$.bands[0].colour", "\"red\"")]
    [InlineData("perjanjian-kinerja.json", "$.sasaran[0].indicators[0].annualTarget", "\"85\"")]
    [InlineData("perjanjian-kinerja.json", "$.schemaVersion", "2")]
    [InlineData("sop-instance.json", "$.events[0].kind", "\"begun\"")]
    [InlineData("sop-instance.json", "$.events[1].hash", "\"A5F0\"")]
    [InlineData("sop-instance.json", "$.schemaVersion", "2")]
    [InlineData("measurement-set.json", "$.realisasi[0].triwulan", "5")]
    [InlineData("working-calendar.json", "$.week.funday", "{ \"start\": \"08:00\", \"end\": \"16:00\" }")]
    [InlineData("working-calendar.json", "$.holidays[0].kind", "\"libur\"")]
    [InlineData("working-calendar.json", "$.dayReading", "\"wholeDays\"")]
    [InlineData("perjanjian-kinerja-history.json", "$.versions[1].sasaran[0].indicators[0].annualTarget", "\"85\"")]
    [InlineData("perjanjian-kinerja-history.json", "$.versions[1].kind", "\"perjanjianKinerja\"")]
    [InlineData("perjanjian-kinerja.json", "$.extra", "1")]
    [InlineData("recap-table.json", "$.groups[0].periods[0].categories[0]", "-1")]
    [InlineData("recap-table.json", "$.groups[0].item", "\"IK1\"")]
    [InlineData("recap-table.json", "$.finestLevel", "\"program\"")]
    public void Sample_WithOneBadValue_FailsTheSchema(string file, string path, string value)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(DocumentSchemas.Folder, "samples", file)))!;
        Set(node, path, JsonNode.Parse(value));

        Assert.NotNull(DocumentSchemas.Errors(node.ToJsonString()));
    }

    [Fact]
    public void Samples_ReadWithoutProblems()
    {
        string Sample(string name) => File.ReadAllText(Path.Combine(DocumentSchemas.Folder, "samples", name));
        var pk = KinerjaJson.ReadPerjanjianKinerja(Sample("perjanjian-kinerja.json"));
        Assert.Empty(pk.Problems);
        Assert.Empty(KinerjaJson.ReadPerjanjianKinerjaHistory(Sample("perjanjian-kinerja-history.json")).Problems);
        Assert.Empty(KinerjaJson.ReadMeasurementSet(Sample("measurement-set.json"), pk.Value).Problems);
        Assert.Empty(KinerjaJson.ReadCategoryScale(Sample("category-scale.json")).Problems);
        Assert.Empty(KinerjaJson.ReadHolidayList(Sample("holiday-list.json")).Problems);
        Assert.Empty(KinerjaJson.ReadWorkingCalendar(Sample("working-calendar.json")).Problems);
        var definition = KinerjaJson.ReadSopDefinition(Sample("sop-definition.json"));
        Assert.Empty(definition.Problems);
        Assert.Empty(KinerjaJson.ReadSopInstance(Sample("sop-instance.json"), definition.Value).Problems);
        Assert.Empty(KinerjaJson.ReadRecapTable(Sample("recap-table.json")).Problems);
    }

    [Fact]
    public void BuiltInTemplatesAndHolidays_WrittenInVersion1_ValidateAgainstTheirSchemas()
    {
        foreach (var template in SopTemplates.All)
        {
            Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(template)));
        }

        foreach (var year in NationalHolidays.Years)
        {
            Assert.True(NationalHolidays.TryGet(year, out var list));
            Assert.Null(DocumentSchemas.Errors(KinerjaJson.Write(list)));
        }
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Substring(2).Replace("]", string.Empty, StringComparison.Ordinal).Split('.', '[');
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = int.TryParse(parts[i], out var index) ? node[index]! : node[parts[i]]!;
        }

        var last = parts[^1];
        if (int.TryParse(last, out var at))
        {
            node[at] = value;
        }
        else
        {
            node[last] = value;
        }
    }
}
