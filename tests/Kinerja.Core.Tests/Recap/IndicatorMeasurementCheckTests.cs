using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// The one home of a measurement row's own checks (<see cref="IndicatorMeasurement.CheckQuarterAndBounds"/> and
/// <see cref="IndicatorMeasurement.CheckValues"/>): worked cases of each problem, with the codes, paths, values and
/// arguments that the builder and the CSV reader report.
/// </summary>
public class IndicatorMeasurementCheckTests
{
    [Fact]
    public void CheckQuarterAndBounds_ValidFields_FindsNothing()
    {
        Assert.Empty(IndicatorMeasurement.CheckQuarterAndBounds(1, 10m, 10m));
        Assert.Empty(IndicatorMeasurement.CheckQuarterAndBounds(4, null, null));
        Assert.Empty(IndicatorMeasurement.CheckQuarterAndBounds(2, 5m, 8.5m, "indicators[3]"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void CheckQuarterAndBounds_AQuarterOutside1To4_NamesItsValue(int triwulan)
    {
        var problem = Assert.Single(IndicatorMeasurement.CheckQuarterAndBounds(triwulan, 10m, 10m, "indicators[7]"));

        Assert.Equal((ProblemCodes.TriwulanOutOfRange, "indicators[7].triwulan", triwulan.ToString(System.Globalization.CultureInfo.InvariantCulture)), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal(Severity.Error, problem.Severity);
    }

    [Fact]
    public void CheckQuarterAndBounds_AQuarterNotRead_IsNotChecked()
    {
        Assert.Empty(IndicatorMeasurement.CheckQuarterAndBounds(null, 10m, 10m));
    }

    [Theory]
    [InlineData(true, "targetUpper")]
    [InlineData(false, "targetLower")]
    public void CheckQuarterAndBounds_OneBoundOnly_NamesTheMissingOne(bool lowerGiven, string missing)
    {
        var problem = Assert.Single(IndicatorMeasurement.CheckQuarterAndBounds(2, lowerGiven ? 5m : null, lowerGiven ? null : 5m));

        Assert.Equal((ProblemCodes.Required, missing, (string?)null), (problem.Code, problem.Path, problem.AttemptedValue));
    }

    [Fact]
    public void CheckQuarterAndBounds_UnorderedBounds_NameBoth_AfterTheQuarter()
    {
        var problems = IndicatorMeasurement.CheckQuarterAndBounds(9, 8.50m, 7m, "indicators[0]");

        Assert.Equal(["indicators[0].triwulan", "indicators[0].targetUpper"], problems.Select(p => p.Path));
        Assert.Equal(ProblemCodes.TargetRangeUnordered, problems[1].Code);
        Assert.Equal("7", problems[1].AttemptedValue);
        Assert.Equal(["8.50", "7"], problems[1].Arguments);
    }

    [Fact]
    public void CheckValues_ValidValues_FindNothing_ANegativeZeroIsNotNegative()
    {
        Assert.Empty(IndicatorMeasurement.CheckValues(0m, 0m, Polarity.Negative, AggregationMethod.Average));
        Assert.Empty(IndicatorMeasurement.CheckValues(-0.0m, -0.00m, Polarity.KeepStable, AggregationMethod.Minimum));
        Assert.Empty(IndicatorMeasurement.CheckValues(null, null, Polarity.Positive, AggregationMethod.CumulativeSum));
    }

    [Fact]
    public void CheckValues_EveryProblem_InOrder_WithTheRowsPath()
    {
        var problems = IndicatorMeasurement.CheckValues(-1.5m, -0.01m, (Polarity)7, (AggregationMethod)(-2), "indicators[12]");

        Assert.Equal(
            [
                (ProblemCodes.TargetNegative, "indicators[12].targetLower", "-1.5"),
                (ProblemCodes.RealisasiNegative, "indicators[12].realisasi", "-0.01"),
                (ProblemCodes.OutOfRange, "indicators[12].polarity", "7"),
                (ProblemCodes.OutOfRange, "indicators[12].aggregation", "-2"),
            ],
            problems.Select(p => (p.Code, p.Path, p.AttemptedValue)));
        Assert.Equal(["0", "2"], problems[2].Arguments);
        Assert.Equal(["0", "4"], problems[3].Arguments);
    }

    [Fact]
    public void CheckValues_APathThatStartsWithADot_IsKeptAsGiven_ForEveryField()
    {
        var problems = IndicatorMeasurement.CheckValues(-1m, null, (Polarity)9, (AggregationMethod)9, ".rows[0]");

        Assert.Equal([".rows[0].targetLower", ".rows[0].polarity", ".rows[0].aggregation"], problems.Select(p => p.Path));
    }

    [Fact]
    public void CheckValues_WithoutAPath_NamesTheFieldsAlone()
    {
        var problems = IndicatorMeasurement.CheckValues(null, -3m, (Polarity)3, AggregationMethod.LastValue);

        Assert.Equal(["realisasi", "polarity"], problems.Select(p => p.Path));
        Assert.Equal(problems.Select(p => p.Path), IndicatorMeasurement.CheckValues(null, -3m, (Polarity)3, AggregationMethod.LastValue, string.Empty).Select(p => p.Path));
    }
}
