using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;

namespace Kinerja.Samples.Console.Tests;

/// <summary>The demo rows and the writer (reading is the Kinerja.Core.Csv package's, tested there).</summary>
public sealed class MeasurementCsvTests
{
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
