using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;

namespace Kinerja.Samples.Console.Tests;

/// <summary>The measurement CSV: worked examples of every kind of bad row, and the writer.</summary>
public sealed class MeasurementCsvTests
{
    private const string Good = "K,C,U,S,IK1,Positive,CumulativeSum,1,10,10,8";

    private static IReadOnlyList<CsvProblem> Read(params string[] lines) =>
        MeasurementCsv.Read(new StringReader(string.Join("\n", lines) + "\n"), out _);

    [Fact]
    public void Read_GoodRows_GivesTheRows()
    {
        var problems = MeasurementCsv.Read(
            new StringReader(MeasurementCsv.Header + "\n" + Good + "\r\n\"Kab, \"\"A\"\"\",C,U,S,IK2,negative,average,4,80.5,90,\n\nK,C,U,S,IK3,KeepStable,Minimum,2,,,0\n"),
            out var rows);

        Assert.Empty(problems);
        Assert.Equal(3, rows.Count);
        Assert.Equal("K/C/U/IK1 TW1: T=10 R=8", rows[0].ToString());
        Assert.Equal("Kab, \"A\"", rows[1].Kabupaten);
        Assert.Equal((Polarity.Negative, AggregationMethod.Average, 4, 80.5m, 90m, (decimal?)null), (rows[1].Polarity, rows[1].Aggregation, rows[1].Triwulan, rows[1].TargetLower, rows[1].TargetUpper, rows[1].Realisasi));
        Assert.Equal((null, null, 0m), (rows[2].TargetLower, rows[2].TargetUpper, rows[2].Realisasi)); // no target; 0 is reported, not missing
    }

    [Theory]
    [InlineData(",C,U,S,IK1,Positive,CumulativeSum,1,10,10,8", 1, "kabupaten", "")]
    [InlineData("K,C,U,S,,Positive,CumulativeSum,1,10,10,8", 5, "indicator", "")]
    [InlineData("K,C,U,S,IK1,Up,CumulativeSum,1,10,10,8", 6, "polarity", "Up")]
    [InlineData("K,C,U,S,IK1,1,CumulativeSum,1,10,10,8", 6, "polarity", "1")]
    [InlineData("K,C,U,S,IK1,Positive,Sum,1,10,10,8", 7, "aggregation", "Sum")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,0,10,10,8", 8, "triwulan", "0")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,II,10,10,8", 8, "triwulan", "II")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,1,Rp10,10,8", 9, "target_lower", "Rp10")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,1,10,10,-", 11, "realisasi", "-")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,1,10,1e3,8", 10, "target_upper", "1e3")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,1,10,10,12,5", 0, "", "K,C,U,S,IK1,Positive,CumulativeSum,1,10,10,12,5")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,1,10,10,\"12,5\"", 11, "realisasi", "12,5")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,1,10,,8", 10, "target_upper", "")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,1,,10,8", 9, "target_lower", "")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,1,20,10,8", 10, "target_upper", "10")]
    [InlineData("K,C,U,S,IK1,Positive,CumulativeSum,1,10,10,\"8", 0, "", "K,C,U,S,IK1,Positive,CumulativeSum,1,10,10,\"8")]
    public void Read_BadCell_NamesLineAndColumn(string line, int column, string name, string value)
    {
        var problem = Assert.Single(Read(MeasurementCsv.Header, Good, line));

        Assert.Equal((3, column, name, value), (problem.Line, problem.Column, problem.ColumnName, problem.Value));
        Assert.StartsWith(column > 0 ? $"baris 3, kolom {column} ({name}): '{value}' " : "baris 3: ", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains(column > 0 ? $"/ line 3, column {column} ({name}): '{value}' " : "/ line 3: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithSeveralBadCells_NamesEachOfThem()
    {
        var problems = Read(MeasurementCsv.Header, "K,C,U,S,IK1,Up,Sum,9,x,10,8");

        Assert.Equal(new[] { 6, 7, 8, 9 }, problems.Select(p => p.Column));
        Assert.All(problems, p => Assert.Equal(2, p.Line));
    }

    [Fact]
    public void Read_WrongHeader_NamesLineOne()
    {
        var problem = Assert.Single(Read("kabupaten;kecamatan", Good));

        Assert.Equal(1, problem.Line);
        Assert.Contains(MeasurementCsv.Header, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyText_NamesTheMissingHeader() =>
        Assert.Equal(1, Assert.Single(MeasurementCsv.Read(new StringReader(string.Empty), out _)).Line);

    [Fact]
    public void Read_ManyBadRows_StopsAtTheLimit()
    {
        var lines = new[] { MeasurementCsv.Header }.Concat(Enumerable.Repeat("K,C,U,S,IK1,Up,CumulativeSum,1,10,10,8", 100)).ToArray();

        var problems = Read(lines);

        Assert.Equal(MeasurementCsv.MaxProblems, problems.Count);
        Assert.Equal(MeasurementCsv.MaxProblems + 1, problems[^1].Line);
    }

    [Fact]
    public void Read_LargeInput_ReportsProgressEveryTenThousandLines()
    {
        var writer = new StringWriter();
        MeasurementCsv.Write(writer, MeasurementCsv.Generate(25_000));
        var seen = new List<int>();

        var problems = MeasurementCsv.Read(new StringReader(writer.ToString()), out var rows, seen.Add);

        Assert.Empty(problems);
        Assert.Equal(25_000, rows.Count);
        Assert.Equal(new[] { 10_000, 20_000 }, seen);
    }

    [Fact]
    public void Write_Row_QuotesCodesWithCommasAndWritesInvariantNumbers()
    {
        var writer = new StringWriter();

        MeasurementCsv.Write(writer, [new IndicatorMeasurement("K,1", "C\"2", "U", "S", "IK1", Polarity.Negative, AggregationMethod.LastValue, 3, 1234.5m, 1300m, null)]);

        Assert.Equal(MeasurementCsv.Header + "\n\"K,1\",\"C\"\"2\",U,S,IK1,Negative,LastValue,3,1234.5,1300,\n", writer.ToString());
    }

    [Fact]
    public void Generate_Count_IsRoundedUpToWholeIndicatorsAndRepeatable()
    {
        var rows = MeasurementCsv.Generate(10).ToList();

        Assert.Equal(12, rows.Count);
        Assert.Equal(rows.Select(r => r.ToString()), MeasurementCsv.Generate(10).Select(r => r.ToString()));
        Assert.True(RecapCalculator.Build(MeasurementCsv.Generate(4000), [], RecapPolicy.Default).IsValid);
    }
}
