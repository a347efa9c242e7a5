using Kinerja.Core.Agreements;
using Kinerja.Core.Recap;
using Kinerja.Core.Tests.Properties;
using static Kinerja.Core.Tests.Recap.RecapCalculatorTests;

namespace Kinerja.Core.Tests.Recap;

/// <summary>
/// Figures within half a quantum (10⁻⁹ %) of a printed band bound, recapped at the kecamatan level, where the source's
/// columns count them past each threshold eight lanes at a time: every path gives the bands of the decimal way. A figure
/// just below 90.995 % prints 90.99 and one just above prints 91.00, so each comparison is tried where it is nearest equal
/// (a lane that counted "at or past" for "past" was caught by no other test).
/// </summary>
public class ColumnBoundTests
{
    private static readonly decimal[] PrintedBounds = [50.995m, 65.995m, 75.995m, 90.995m, 50.495m, 90.005m];

    /// <summary>One indicator per bound and side, each a whole target of about 10⁷ with the realisasi nearest the bound.</summary>
    private static IndicatorMeasurement[] NearBounds(Polarity polarity)
    {
        var rows = new List<IndicatorMeasurement>();
        foreach (var bound in PrintedBounds)
        {
            foreach (var side in new[] { -1, 1 })
            {
                var (t, r) = EvaluatorArbitraries.NearBound(bound, side, 10_000_000);
                rows.Add(Row("BBS", "PEM", $"IK{rows.Count:D2}", 1, t, polarity == Polarity.Negative ? (2m * t) - r : r, polarity));
            }
        }

        return [.. rows];
    }

    [Theory]
    [InlineData(Polarity.Positive)]
    [InlineData(Polarity.Negative)]
    public void KecamatanRecap_FiguresNextToPrintedBounds_HaveTheDecimalWaysBands_OnEveryPath(Polarity polarity)
    {
        var source = RecapSource.Create(NearBounds(polarity), []).Value;
        var options = RecapOptions.Default with { FinestLevel = RecapLevel.Kecamatan, MaxDegreeOfParallelism = 1 };
        var key = new RecapKey(RecapLevel.Kecamatan, "3303", "BBS");
        RecapFigures Figures(RecapPath path)
        {
            using (RecapPaths.Force(path))
            {
                return RecapCalculator.Build(source, RecapPolicy.Default, options).Find(key, RecapPeriod.All[0])!;
            }
        }

        var decimals = Figures(RecapPath.Decimal);

        // Half of the figures are just below a bound and half just above: each bound splits its pair between two bands.
        Assert.Equal(12, decimals.Computed);
        Assert.Equal(decimals, Figures(RecapPath.Scalar));
        Assert.Equal(decimals, Figures(RecapPath.Vector));
    }

    [Theory]
    [InlineData(90.995, -1, 10_000_000)]
    [InlineData(90.995, 1, 10_000_000)]
    [InlineData(50.495, -1, 60_000_000)]
    public void NearBound_IsWithinHalfAQuantumOfTheBound(double bound, int side, long start)
    {
        var (t, r) = EvaluatorArbitraries.NearBound((decimal)bound, side, start);

        var quanta = ((r * 100m / t) - (decimal)bound) * RecapFigures.QuantaPerPercent;
        Assert.True(Math.Sign(quanta) == side && Math.Abs(quanta) <= 0.5m, $"T {t}, R {r}: {quanta} quanta from the bound");
        Assert.True(t is >= 10_000_000 and < 90_000_000, $"T {t}");
    }
}
