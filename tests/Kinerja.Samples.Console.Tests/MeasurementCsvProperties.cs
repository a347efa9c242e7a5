using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Tests.Properties;

namespace Kinerja.Samples.Console.Tests;

/// <summary>Random rows of the measurement CSV: codes holding commas, quotes and inner spaces; targets absent, single or ranges; realisasi absent or any decimal.</summary>
public sealed record CsvRows(IReadOnlyList<IndicatorMeasurement> Rows)
{
    public override string ToString() => string.Join(" | ", Rows);
}

/// <summary>A good row and one of its cells replaced by text that is not valid there.</summary>
public sealed record CorruptCell(IndicatorMeasurement Row, int Column, string Value)
{
    public override string ToString() => $"{Row} column {Column} = '{Value}'";
}

public static class CsvArbitraries
{
    private static readonly Gen<string> Code =
        Gen.Elements('a', 'Z', '0', '9', '-', '.', ',', '"', ' ', '/').ArrayOf().Select(cs => new string(cs).Trim()).Where(s => s.Length > 0);

    private static readonly Gen<decimal> Figure =
        from units in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 6)
        select new decimal(units, 0, 0, false, (byte)scale);

    private static readonly Gen<(decimal?, decimal?)> Targets = Gen.OneOf(
        Gen.Constant<(decimal?, decimal?)>((null, null)),
        Figure.Select(t => ((decimal?)t, (decimal?)t)),
        from a in Figure
        from b in Figure
        select ((decimal?)Math.Min(a, b), (decimal?)Math.Max(a, b)));

    private static readonly Gen<IndicatorMeasurement> Row =
        from codes in Code.ArrayOf(5)
        from polarity in Gen.Elements(Enum.GetValues<Polarity>())
        from aggregation in Gen.Elements(Enum.GetValues<AggregationMethod>())
        from triwulan in Gen.Choose(1, 4)
        from target in Targets
        from realisasi in Gen.OneOf(Gen.Constant<decimal?>(null), Figure.Select(v => (decimal?)v))
        select new IndicatorMeasurement(codes[0], codes[1], codes[2], codes[3], codes[4], polarity, aggregation, triwulan, target.Item1, target.Item2, realisasi);

    public static Arbitrary<CsvRows> Rows() => Arb.From(Row.ListOf().Select(rows => new CsvRows([.. rows])));

    /// <summary>Columns 6 to 11 (polarity to realisasi) take text no reader may accept there.</summary>
    public static Arbitrary<CorruptCell> CorruptCells() => Arb.From(
        from row in Row
        from column in Gen.Choose(6, 11)
        from value in Gen.Elements("x", "1,5", "1.000.000", "Naik", "-", "1e3", "½", "IV")
        select new CorruptCell(row, column, value));
}

/// <summary>An FsCheck property over CSV rows, with the suite's run count.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CsvPropertyAttribute : PropertyAttribute
{
    public CsvPropertyAttribute()
    {
        MaxTest = PropertyRuns.Count;
        Arbitrary = [typeof(CsvArbitraries)];
        if (PropertyRuns.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}

public sealed class MeasurementCsvProperties
{
    [CsvProperty]
    public void WriteThenRead_AnyRows_GivesTheSameRows(CsvRows input)
    {
        var writer = new StringWriter();
        MeasurementCsv.Write(writer, input.Rows);

        var problems = MeasurementCsv.Read(new StringReader(writer.ToString()), out var rows);

        Assert.Empty(problems);
        Assert.Equal(input.Rows.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (a, b) = (input.Rows[i], rows[i]);
            Assert.Equal((a.Kabupaten, a.Kecamatan, a.Unit, a.Sasaran, a.Indicator, a.Polarity, a.Aggregation, a.Triwulan), (b.Kabupaten, b.Kecamatan, b.Unit, b.Sasaran, b.Indicator, b.Polarity, b.Aggregation, b.Triwulan));
            Assert.Equal((a.TargetLower, a.TargetUpper, a.Realisasi), (b.TargetLower, b.TargetUpper, b.Realisasi));
            Assert.Equal((a.TargetLower?.Scale, a.Realisasi?.Scale), (b.TargetLower?.Scale, b.Realisasi?.Scale)); // every digit kept, trailing zeros too
        }
    }

    [CsvProperty]
    public void Read_OneCorruptCell_GivesOneProblemNamingItsLineAndColumn(CsvRows before, CorruptCell corrupt)
    {
        var writer = new StringWriter();
        MeasurementCsv.Write(writer, [.. before.Rows, corrupt.Row]);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var cells = lines[^1].Split(',');
        var fromEnd = MeasurementCsv.Columns.Count - corrupt.Column; // codes may hold quoted commas: count the numeric columns from the end
        cells[cells.Length - 1 - fromEnd] = "\"" + corrupt.Value + "\"";
        lines[^1] = string.Join(",", cells);

        var problems = MeasurementCsv.Read(new StringReader(string.Join("\n", lines)), out _);

        var problem = Assert.Single(problems);
        Assert.Equal((before.Rows.Count + 2, corrupt.Column, MeasurementCsv.Columns[corrupt.Column - 1], corrupt.Value), (problem.Line, problem.Column, problem.ColumnName, problem.Value));
    }
}
