using FsCheck;
using FsCheck.Fluent;
using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Properties;

/// <summary>
/// A row's own checks have one home (<see cref="IndicatorMeasurement.CheckQuarterAndBounds"/>, <see cref="IndicatorMeasurement.CheckValues"/>):
/// the constructor refuses exactly what the first reports, and a builder given the row alone reports exactly what the
/// two report, in their order, under the row's path.
/// </summary>
public class IndicatorMeasurementCheckProperties
{
    private static readonly decimal?[] Figures = [null, 0m, -0.0m, 1m, 2.5m, 2.50m, -1m, -0.001m, 1000000m, decimal.MaxValue, decimal.MinValue];

    [KinerjaProperty]
    public Property CheckQuarterAndBounds_IsEmpty_ExactlyWhenTheConstructorTakesTheRow() =>
        Prop.ForAll(Row().ToArbitrary(), row =>
        {
            var problems = IndicatorMeasurement.CheckQuarterAndBounds(row.Triwulan, row.Lower, row.Upper);
            var polarity = EnumDefined(row.Polarity) ? row.Polarity : Polarity.Positive;
            var aggregation = EnumDefined(row.Aggregation) ? row.Aggregation : AggregationMethod.CumulativeSum;
            var taken = Record.Exception(() => new IndicatorMeasurement("K", "C", "U", "S", "I", polarity, aggregation, row.Triwulan, row.Lower, row.Upper, row.Realisasi)) is null;
            Assert.Equal(taken, problems.Count == 0);
        });

    [KinerjaProperty]
    public Property ABuilderGivenTheRowAlone_ReportsWhatTheChecksReport() =>
        Prop.ForAll(Row().ToArbitrary(), row =>
        {
            var builder = new RecapSourceBuilder();
            builder.Add("K", "C", "U", "S", "I", row.Polarity, row.Aggregation, row.Triwulan, row.Lower, row.Upper, row.Realisasi);
            var built = builder.Build();
            var expected = IndicatorMeasurement.CheckQuarterAndBounds(row.Triwulan, row.Lower, row.Upper, "indicators[0]")
                .Concat(IndicatorMeasurement.CheckValues(row.Lower, row.Realisasi, row.Polarity, row.Aggregation, "indicators[0]"))
                .ToList();
            Assert.Equal(Describe(expected), Describe(built.Problems));
            Assert.Equal(expected.Count == 0, built.IsValid);
        });

    [KinerjaProperty]
    public Property APath_OnlyPrefixesTheFieldNames() =>
        Prop.ForAll(Row().ToArbitrary(), row =>
        {
            var bare = IndicatorMeasurement.CheckQuarterAndBounds(row.Triwulan, row.Lower, row.Upper).Concat(IndicatorMeasurement.CheckValues(row.Lower, row.Realisasi, row.Polarity, row.Aggregation));
            foreach (var path in new[] { "x[1]", ".x", "indicators[0]." })
            {
                var under = IndicatorMeasurement.CheckQuarterAndBounds(row.Triwulan, row.Lower, row.Upper, path).Concat(IndicatorMeasurement.CheckValues(row.Lower, row.Realisasi, row.Polarity, row.Aggregation, path));
                Assert.Equal(Describe(bare).Select(d => d with { Path = path + "." + d.Path }), Describe(under));
            }
        });

    private static List<(string Code, string Path, string? Value, string Arguments)> Describe(IEnumerable<ValidationProblem> problems) =>
        [.. problems.Select(p => (p.Code, p.Path, p.AttemptedValue, string.Join("|", p.Arguments)))];

    private static bool EnumDefined(Polarity p) => p is >= Polarity.Positive and <= Polarity.KeepStable;

    private static bool EnumDefined(AggregationMethod a) => a is >= AggregationMethod.CumulativeSum and <= AggregationMethod.Minimum;

    private static Gen<(int Triwulan, decimal? Lower, decimal? Upper, decimal? Realisasi, Polarity Polarity, AggregationMethod Aggregation)> Row() =>
        from triwulan in Gen.Choose(-2, 7)
        from lower in Gen.Elements(Figures)
        from sameUpper in Gen.Frequency((2, Gen.Constant(true)), (3, Gen.Constant(false)))
        from upper in Gen.Elements(Figures)
        from realisasi in Gen.Elements(Figures)
        from polarity in Gen.Choose(-1, 4)
        from aggregation in Gen.Choose(-1, 6)
        select (triwulan, lower, sameUpper ? lower : upper, realisasi, (Polarity)polarity, (AggregationMethod)aggregation);
}
