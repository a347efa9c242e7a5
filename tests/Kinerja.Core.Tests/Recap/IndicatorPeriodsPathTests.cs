#if !KINERJA_NETSTANDARD_ASSET
using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// One indicator through <see cref="IndicatorPeriods"/> by each way, side by side: the integer way, one figure at a time
/// and in the lanes of a vector, gives the decimal way's figures in all eight periods, and it takes (or declines) exactly
/// the indicators its contract says (<c>TryEvaluateInteger</c>: declines a range target, a value of more than 18 digits
/// or scales too far apart, a policy without integer bounds, a zero target under a rule that gives a figure, a negative
/// figure not floored, a capaian beyond 10⁶ %), computing on decimals only the means of three that need it. A way that
/// declined what it can take gives the same figures, slower: only this test sees it (the recap-periods Stryker run of
/// 6 December 2026, docs/mutation.md).
/// </summary>
public class IndicatorPeriodsPathTests
{
    /// <summary>One quarter's row: (target lower, target upper, realisasi); a null row is a quarter with no row.</summary>
    private static IndicatorMeasurement?[] Quarters(Polarity polarity, AggregationMethod method, params (decimal? Lower, decimal? Upper, decimal? Realisasi)?[] quarters) =>
        Enumerable.Range(0, 4).Select(t => t < quarters.Length && quarters[t] is { } q
            ? new IndicatorMeasurement("3303", "BBS", "PEM", "S1", "IK1", polarity, method, t + 1, q.Lower, q.Upper, q.Realisasi)
            : null).ToArray();

    private static (decimal?, decimal?, decimal?)? Q(decimal? target, decimal? realisasi) => (target, target, realisasi);

    private static readonly RecapPolicy Default = RecapPolicy.Default;

    public static TheoryData<string, bool, bool> Cases => new()
    {
        // name, taken by the integer way, a figure computed on decimals within it
        { "ordinary sum", true, false },
        { "ordinary last value", true, false },
        { "mean of three, exact thirds", true, false },
        { "mean of three, guarded", true, false },
        { "mean of three on a band bound", true, true },
        { "mean of three, 13 decimals", true, true },
        { "mean of three, 12 decimals", true, false },
        { "mean of three, 13 decimals, target sum over 2³²", true, true },
        { "mean of three, 20 decimals, target sum a multiple of three", true, true },
        { "maximum", true, false },
        { "minimum, other quarters", true, false },
        { "negative polarity", true, false },
        { "negative polarity, inverse ratio", false, false },
        { "negative figure floored", true, false },
        { "negative figure not floored", false, false },
        { "mixed scales", true, false },
        { "scales too far apart", false, false },
        { "20 decimals", true, false },
        { "21 decimals", false, false },
        { "19 digits", false, false },
        { "2⁶⁴ + 5", false, false },
        { "negative polarity, realisasi of 2⁶⁰", true, false },
        { "negative polarity, realisasi of 2⁶⁰ after rescaling", true, false },
        { "one quarter on an upper-inclusive bound", true, false },
        { "range target", false, false },
        { "range target, bounds of one mantissa", false, false },
        { "single target, bounds written differently", true, false },
        { "negative polarity, scales 18 apart", true, false },
        { "zero target not computable", true, false },
        { "zero target under a rule that gives a figure", false, false },
        { "capaian beyond 10⁶ %", false, false },
        { "capaian of 10⁶ %", true, false },
        { "target of 9 × 10⁹", true, false },
        { "not floored, figures above 0", true, false },
        { "not floored, a figure of 0", true, false },
        { "quarter exactly on a bound", true, false },
        { "cumulative sum exactly on a bound", true, false },
        { "target beyond 9 × 10⁹ quanta", false, false },
        { "gaps", true, false },
        { "capped", true, false },
        { "average cap", true, false },
        { "bounds not whole quanta", false, false },
        { "upper-inclusive bounds", true, false },
    };

    private static (IndicatorMeasurement?[] Slots, RecapPolicy Policy) Case(string name)
    {
        var pos = Polarity.Positive;
        var sum = AggregationMethod.CumulativeSum;
        var avg = AggregationMethod.Average;
        var last = AggregationMethod.LastValue;
        return name switch
        {
            "ordinary sum" => (Quarters(pos, sum, Q(10m, 8m), Q(20m, 22m), Q(30m, 31m), Q(40m, 35m)), Default),
            "ordinary last value" => (Quarters(pos, last, Q(10m, 8m), Q(20m, 22m), Q(30m, 31m), Q(40m, 35m)), Default),
            "mean of three, exact thirds" => (Quarters(pos, avg, Q(3m, 3m), Q(3m, 6m), Q(3m, 9m)), Default),
            "mean of three, guarded" => (Quarters(pos, avg, Q(10m, 8m), Q(20m, 22m), Q(30m, 31m)), Default),
            "mean of three on a band bound" => (Quarters(pos, avg, Q(1m, 0.51m), Q(2m, 1.02m), Q(2m, 1.02m)), Default with { Scale = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) }),
            "mean of three, 13 decimals" => (Quarters(pos, avg, Q(0.000001m, 0.0000010000001m), Q(0.000002m, 0.0000020000001m), Q(0.000002m, 0.000002m)), Default),
            "mean of three, 20 decimals, target sum a multiple of three" => (Quarters(pos, avg, Q(0.00000000000000000001m, 0.00000000000000000001m), Q(0.00000000000000000001m, 0.00000000000000000000m), Q(0.00000000000000000001m, 0.00000000000000000000m)), Default),
            "mean of three, 12 decimals" => (Quarters(pos, avg, Q(0.000001m, 0.000001000001m), Q(0.000002m, 0.000002m), Q(0.000002m, 0.000002m)), Default),
            "mean of three, 13 decimals, target sum over 2³²" => (Quarters(pos, avg, Q(0.0002000000000m, 0.0001000000000m), Q(0.0002000000000m, 0.0002000000000m), Q(0.0001000000000m, 0.0001000000000m)), Default),
            "maximum" => (Quarters(pos, AggregationMethod.Maximum, Q(10m, 8m), Q(40m, 22m), Q(30m, 31m), Q(20m, 35m)), Default),
            "minimum, other quarters" => (Quarters(pos, AggregationMethod.Minimum, Q(10m, 8m), Q(5m, 22m), Q(30m, 3m), Q(20m, 35m)), Default),
            "negative polarity" => (Quarters(Polarity.Negative, sum, Q(10m, 8m), Q(20m, 22m), Q(30m, 31m), Q(40m, 35m)), Default),
            "negative polarity, inverse ratio" => (Quarters(Polarity.Negative, sum, Q(10m, 8m), Q(20m, 22m)), Default with { Capaian = CapaianPolicy.Default with { NegativeFormula = NegativePolarityFormula.InverseRatio } }),
            "negative figure floored" => (Quarters(Polarity.Negative, sum, Q(10m, 30m), Q(20m, 22m)), Default),
            "negative figure not floored" => (Quarters(Polarity.Negative, sum, Q(10m, 30m), Q(20m, 22m)), Default with { Capaian = CapaianPolicy.Default with { FloorAtZero = false } }),
            "mixed scales" => (Quarters(pos, sum, Q(10.5m, 8m), Q(20m, 22.25m), Q(30m, 31m), Q(40.125m, 35m)), Default),
            "scales too far apart" => (Quarters(pos, sum, Q(10m, 1_000_000_000m), Q(20m, 0.0000000001m)), Default),
            "20 decimals" => (Quarters(pos, sum, Q(0.0000000000000000001m, 0.00000000000000000008m), Q(0.0000000000000000002m, 0.0000000000000000003m)), Default),
            "21 decimals" => (Quarters(pos, sum, Q(10m, 8.000000000000000000001m)), Default),
            "19 digits" => (Quarters(pos, sum, Q(10m, 1_234_567_890_123_456_789m)), Default),
            "2⁶⁴ + 5" => (Quarters(pos, sum, Q(10m, 18_446_744_073_709_551_621m)), Default),
            "negative polarity, realisasi of 2⁶⁰" => (Quarters(Polarity.Negative, sum, Q(10m, 1_152_921_504_606_846_976m)), Default),
            "negative polarity, realisasi of 2⁶⁰ after rescaling" => (Quarters(Polarity.Negative, sum, Q(0.5m, 115_292_150_460_684_697m)), Default),
            "one quarter on an upper-inclusive bound" => (Quarters(pos, sum, Q(10m, 5m)), Default with { Scale = Scale(50m, true) }),
            "range target" => (Quarters(pos, sum, (10m, 20m, 15m)), Default),
            "range target, bounds of one mantissa" => (Quarters(pos, sum, (1.0m, 10m, 5m)), Default),
            "single target, bounds written differently" => (Quarters(pos, sum, (10m, 10.0m, 8m), (20.00m, 20m, 22m)), Default),
            "negative polarity, scales 18 apart" => (Quarters(Polarity.Negative, sum, Q(0.000000000000000001m, 1m)), Default),
            "zero target not computable" => (Quarters(pos, sum, Q(0m, 8m), Q(20m, 22m)), Default),
            "zero target under a rule that gives a figure" => (Quarters(pos, sum, Q(0m, 8m), Q(20m, 22m)), Default with { Capaian = CapaianPolicy.Default with { ZeroTarget = ZeroTargetRule.HundredWhenMet } }),
            "capaian beyond 10⁶ %" => (Quarters(pos, sum, Q(1m, 10_001m)), Default),
            "capaian of 10⁶ %" => (Quarters(pos, sum, Q(1m, 10_000m)), Default),
            "target of 9 × 10⁹" => (Quarters(pos, sum, Q(9_000_000_000m, 8_000_000_000m)), Default),
            "not floored, figures above 0" => (Quarters(pos, sum, Q(10m, 8m), Q(20m, 22m)), Default with { Capaian = CapaianPolicy.Default with { FloorAtZero = false } }),
            "not floored, a figure of 0" => (Quarters(Polarity.Negative, sum, Q(10m, 20m)), Default with { Capaian = CapaianPolicy.Default with { FloorAtZero = false } }),
            "quarter exactly on a bound" => (Quarters(pos, sum, Q(100m, 51m), Q(100m, 66m)), Default with { Scale = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) }),
            "cumulative sum exactly on a bound" => (Quarters(pos, sum, Q(100m, 50m), Q(100m, 52m)), Default with { Scale = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact) }),
            "target beyond 9 × 10⁹ quanta" => (Quarters(pos, sum, Q(9_000_000_001m, 9_000_000_001m)), Default),
            "gaps" => (Quarters(pos, avg, Q(10m, 8m), null, Q(30m, null), Q(null, 35m)), Default),
            "capped" => (Quarters(pos, sum, Q(10m, 20m), Q(20m, 22m)), Default with { Capaian = CapaianPolicy.Default with { Cap = 120m } }),
            "average cap" => (Quarters(pos, sum, Q(10m, 20m), Q(20m, 22m)), Default with { AverageCap = 150m }),
            "bounds not whole quanta" => (Quarters(pos, sum, Q(10m, 8m), Q(20m, 22m)), Default with { Scale = Scale(50.0000000001m, true) }),
            "upper-inclusive bounds" => (Quarters(pos, sum, Q(10m, 5m), Q(10m, 6m)), Default with { Scale = Scale(50m, true) }),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    private static CategoryScale Scale(decimal bound, bool inclusive) =>
        CategoryScale.Create("Dua", [new CategoryBand("Kurang", null, false, bound, inclusive, "K"), new CategoryBand("Baik", bound, !inclusive, null, false, "B")]).Value.WithBasis(CategoryBasis.Exact);

    [Theory]
    [MemberData(nameof(Cases))]
    public void IntegerWay_GivesTheDecimalWaysFigures_AndTakesWhatItsContractSays(string name, bool taken, bool usesDecimals)
    {
        var (slots, policy) = Case(name);
        var row = slots.First(s => s is not null)!;
        var expected = new IndicatorPeriods();
        expected.EvaluateDecimal(slots, 0, row.Polarity, row.Aggregation, policy);

        foreach (var path in new[] { RecapPath.Scalar, RecapPath.Vector })
        {
            using var forced = RecapPaths.Force(path);
            var rules = IntegerRules.From(policy);
            var periods = new IndicatorPeriods();

            var took = periods.TryEvaluateInteger(slots, 0, row.Polarity, row.Aggregation, rules, policy);

            Assert.True(taken == took, $"{path}: the integer way {(took ? "took" : "declined")} '{name}'");
            if (took)
            {
                Assert.True(usesDecimals == periods.UsedDecimals, $"{path}: '{name}' {(periods.UsedDecimals ? "used" : "did not use")} decimals");
                Assert.Equal(Figures(expected), Figures(periods));
            }
        }
    }

    [Fact]
    public void Policy_WithBoundsOrCapsNotWholeQuantaOrBeyond9x10e9Percent_HasNoIntegerRules()
    {
        Assert.NotNull(IntegerRules.From(Default));
        Assert.Null(IntegerRules.From(Default with { Scale = Scale(50.0000000001m, true) }));
        Assert.Null(IntegerRules.From(Default with { Capaian = CapaianPolicy.Default with { Cap = 120.0000000001m } }));
        Assert.Null(IntegerRules.From(Default with { AverageCap = 150.0000000001m }));
        Assert.Null(IntegerRules.From(Default with { Capaian = CapaianPolicy.Default with { Cap = 9_000_000_001m } }));
        Assert.Equal(9_000_000_000L * 1_000_000_000L, IntegerRules.From(Default with { Capaian = CapaianPolicy.Default with { Cap = 9_000_000_000m } })!.Cap);
        var rules = IntegerRules.From(Default with { Scale = Scale(50m, true), Capaian = CapaianPolicy.Default with { Cap = 120m }, AverageCap = 150m })!;
        Assert.Equal([50_000_000_000L], rules.Upper);
        Assert.Equal([0], rules.UpperExclusive);
        Assert.Equal([IntegerCapaian.Threshold(50_000_000_000L, 0)], rules.Thresholds);
        Assert.Equal(120_000_000_000L, rules.Limit);
        Assert.Equal([50_000_000_000L, 120_000_000_000L, 150_000_000_000L], rules.Marks);
        Assert.Equal([1, 1, 1, 1], IntegerRules.From(Default)!.UpperExclusive);
    }

    [Fact]
    public void Layout_OfADecimal_IsTheOneThisRuntimeUses()
    {
        Assert.True(IndicatorPeriods.KnownLayout);
    }

    private static string Figures(IndicatorPeriods periods) =>
        string.Join(" | ", Enumerable.Range(0, 8).Select(p => periods.Kinds[p] == FigureKind.Computed
            ? $"{p}: band {periods.Bands[p]}, {(periods.IsLarge[p] ? periods.LargeQuanta[p] : periods.Quanta[p])} quanta"
            : $"{p}: {periods.Kinds[p]}"));
}
#endif
