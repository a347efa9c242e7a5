using System.Text.Json.Nodes;
using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Serialization;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Serialization;

public class RecapTableJsonTests
{
    private static IndicatorMeasurement Row(string kec, string indicator, int q, decimal? t, decimal? r, Polarity polarity = Polarity.Positive) =>
        new("3303", kec, "PEM", "S1", indicator, polarity, AggregationMethod.CumulativeSum, q, t, t, r);

    private static readonly IndicatorMeasurement[] Rows =
    [
        Row("BBS", "IK1", 1, 10m, 8m), Row("BBS", "IK1", 2, 20m, 22m), Row("BBS", "IK2", 1, 3m, 3.5m, Polarity.Negative), Row("BBS", "IK2", 2, 0m, 1m, Polarity.Negative),
        Row("KRG", "IK1", 1, 100m, 45m), Row("KRG", "IK1", 2, 100m, null),
    ];

    private static readonly BudgetMeasurement[] Budget = [new("3303", "BBS", "PEM", "P1", 400m, 100m, 50m, null, null)];

    private static RecapTable Recap(IEnumerable<IndicatorMeasurement> rows, RecapLevel finest = RecapLevel.Indicator) =>
        RecapCalculator.Build(rows, Budget, RecapPolicy.Default, RecapOptions.Default with { FinestLevel = finest }).Value;

    [Fact]
    public void ReadRecapTable_Written_GivesAnEqualTable()
    {
        var table = Recap(Rows);

        var read = KinerjaJson.ReadRecapTable(KinerjaJson.Write(table));

        Assert.Empty(read.Problems);
        Assert.Equal(table, read.Value);
        Assert.Equal(table.Find(new RecapKey(RecapLevel.Kecamatan, "3303", "BBS"), RecapPeriod.All[1])!.Average, read.Value.Find(new RecapKey(RecapLevel.Kecamatan, "3303", "BBS"), RecapPeriod.All[1])!.Average);
    }

    [Fact]
    public void ReadRecapTable_PartialRecaps_MergeAfterTheTrip()
    {
        // A kabupaten merges the recaps its kecamatan sent as JSON, without their rows.
        var bbs = KinerjaJson.ReadRecapTable(KinerjaJson.Write(Recap(Rows.Where(r => r.KecamatanCode == "BBS"), RecapLevel.Kecamatan))).Value;
        var krg = KinerjaJson.ReadRecapTable(KinerjaJson.Write(RecapCalculator.Build(Rows.Where(r => r.KecamatanCode == "KRG"), [], RecapPolicy.Default, RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan }).Value)).Value;

        Assert.Equal(Recap(Rows, RecapLevel.Kecamatan), bbs.Merge(krg));
    }

    [Theory]
    [InlineData("$.groups[0].periods[0].computed", "5", "recap.figures-inconsistent")]
    [InlineData("$.groups[0].periods[3].indicators", "7", "recap.figures-inconsistent")]
    [InlineData("$.groups[0].periods[0].capaianSum", "1.5", "recap.figures-inconsistent")]
    [InlineData("$.groups[0].periods[0].zeroTarget", "-1", "out-of-range")]
    [InlineData("$.groups[0].level", "\"desa\"", "json.type")]
    [InlineData("$.groups[0].kecamatan", null, "required")]
    [InlineData("$.finestLevel", "\"program\"", "json.type")]
    [InlineData("$.budget[0].periods[0].pagu", "-400", "amount.negative")]
    [InlineData("$.budget[0].periods[0].reportedPagu", "500", "recap.figures-inconsistent")]
    public void ReadRecapTable_BrokenFigure_NamesItsPath(string path, string? value, string code)
    {
        var node = JsonNode.Parse(KinerjaJson.Write(Recap(Rows, RecapLevel.Kecamatan)))!;
        Set(node, path, value is null ? null : JsonNode.Parse(value));

        var read = KinerjaJson.ReadRecapTable(node.ToJsonString());

        Assert.False(read.IsValid);
        Assert.Contains(read.Problems, p => p.Code == code && p.Path == path);
    }

    [Fact]
    public void ReadRecapTable_CodeALevelDoesNotHave_IsRefusedNotDropped()
    {
        var node = JsonNode.Parse(KinerjaJson.Write(Recap(Rows, RecapLevel.Kabupaten)))!;
        var kabupaten = node["groups"]!.AsArray().First(g => g!["level"]!.GetValue<string>() == "kabupaten")!;
        kabupaten["kecamatan"] = "BBS";

        var read = KinerjaJson.ReadRecapTable(node.ToJsonString());

        var problem = Assert.Single(read.Problems);
        Assert.Equal((ProblemCodes.JsonUnknownProperty, "kecamatan"), (problem.Code, problem.AttemptedValue));
    }

    [Fact]
    public void ReadRecapTable_GroupTwice_IsADuplicate()
    {
        var node = JsonNode.Parse(KinerjaJson.Write(Recap(Rows, RecapLevel.National)))!;
        var groups = node["groups"]!.AsArray();
        groups.Add(groups[0]!.DeepClone());

        var read = KinerjaJson.ReadRecapTable(node.ToJsonString());

        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.Duplicate && p.Path == "$.groups[1]");
    }

    [Fact]
    public void ReadRecapTable_GroupBelowTheFinestLevel_IsRefused()
    {
        var node = JsonNode.Parse(KinerjaJson.Write(Recap(Rows)))!;
        node["finestLevel"] = "kecamatan";

        var read = KinerjaJson.ReadRecapTable(node.ToJsonString());

        Assert.False(read.IsValid);
        Assert.All(read.Problems, p => Assert.EndsWith(".level", p.Path, StringComparison.Ordinal));
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Substring(2).Replace("]", string.Empty, StringComparison.Ordinal).Split('.', '[');
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = int.TryParse(parts[i], out var index) ? node[index]! : node[parts[i]]!;
        }

        if (value is null)
        {
            node.AsObject().Remove(parts[^1]);
        }
        else if (int.TryParse(parts[^1], out var at))
        {
            node[at] = value;
        }
        else
        {
            node[parts[^1]] = value;
        }
    }
}
