using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Internal;
using Quarter = Kinerja.Core.Capaian.TriwulanAggregation.Quarter;

namespace Kinerja.Core.Recap;

/// <summary>
/// One indicator's figure in each of the eight periods of a recap (by <see cref="RecapPeriod.Index"/>), by the decimal
/// way (<see cref="EvaluateDecimal"/>: <see cref="CapaianCalculator"/>, <see cref="TriwulanAggregation"/>) or, on .NET,
/// the integer way (<c>TryEvaluateInteger</c>), which declines where it does not apply (docs/recap.md, "How it runs").
/// </summary>
internal sealed partial class IndicatorPeriods
{
    /// <summary>The largest target (scaled to the indicator's common scale) the integer way takes: r × 10⁹ stays below 2⁶³.</summary>
    internal const long MaxTarget = 9_000_000_000L;

    /// <summary>The largest capaian numerator per unit of target the integer way takes (capaian up to 10⁶ %).</summary>
    internal const long MaxRatio = 10_000L;

    /// <summary>The largest numerator whose × 10¹¹ stays below 2⁶³ (one division instead of two).</summary>
    internal const long MaxOneDivision = long.MaxValue / 100_000_000_000L;

    /// <summary>
    /// The most decimals a mean of three may have for the guarded integer way: the decimal means keep
    /// 28 decimals, so their error is at most 1.5 × 10^(s − 28) units of the scaled sums, and the
    /// figure's error at most (4.5 × 10^(s − 17) + 1.5 × X × 10^(s − 28)) / T quanta for X ≤ 10¹⁵ quanta;
    /// below the 1 / (2T) that separates X from the nearest half-quantum or bound only for s ≤ 12.
    /// </summary>
    private const int MaxGuardedScale = 12;

    /// <summary>The largest scaled value of one quarter: sums of four and 2T − R stay far from overflow.</summary>
    private const long MaxMantissa = 1L << 60;

    private static readonly long[] PowersOfTen = BuildPowers();

    private readonly Quarter[] _quarters = new Quarter[4];

    /// <summary>What each period's figure is.</summary>
    public FigureKind[] Kinds { get; } = new FigureKind[8];

    /// <summary>
    /// Whether the last integer evaluation computed a figure on decimals (a mean of three), whose quanta
    /// may then be beyond 10¹⁵ or beyond a long (<see cref="IsLarge"/>).
    /// </summary>
    public bool UsedDecimals { get; private set; }

    /// <summary>The band of each computed figure.</summary>
    public int[] Bands { get; } = new int[8];

    /// <summary>Each computed figure (capped by <see cref="RecapPolicy.AverageCap"/>) in 10⁻⁹ % quanta, when it fits a long.</summary>
    public long[] Quanta { get; } = new long[8];

    /// <summary>Each computed figure in quanta as a decimal, used where <see cref="IsLarge"/> is set.</summary>
    public decimal[] LargeQuanta { get; } = new decimal[8];

    /// <summary>Whether a computed figure's quanta do not fit a long (then <see cref="LargeQuanta"/> holds them).</summary>
    public bool[] IsLarge { get; } = new bool[8];

    /// <summary>The library's rules on decimals, for the indicator whose quarter rows are <paramref name="slots"/>[<paramref name="baseSlot"/> ..+4].</summary>
    public void EvaluateDecimal(IndicatorMeasurement?[] slots, int baseSlot, Polarity polarity, AggregationMethod method, RecapPolicy policy)
    {
        var quarters = _quarters;
        for (var t = 0; t < 4; t++)
        {
            ref var quarter = ref quarters[t];
            var row = slots[baseSlot + t];
            quarter.HasValue = row?.Realisasi is not null;
            quarter.Value = row?.Realisasi ?? 0m;
            if (row?.TargetLower is { } lo)
            {
                quarter.HasTarget = true;
                quarter.IsRange = lo != row.TargetUpper;
                quarter.Lower = lo;
                quarter.Upper = quarter.IsRange ? row.TargetUpper!.Value : lo;
            }
            else
            {
                quarter.HasTarget = false;
                quarter.IsRange = false;
                quarter.Lower = 0m;
                quarter.Upper = 0m;
            }
        }

        for (var q = 0; q < 4; q++)
        {
            ref var quarter = ref quarters[q];
            var alone = !quarter.HasValue ? CapaianResult.NotReported
                : !quarter.HasTarget ? CapaianResult.NotComputable(CapaianReason.TargetMissing)
                : Calculate(polarity, quarter.IsRange, quarter.Lower, quarter.Upper, quarter.Value, policy.Capaian);
            Record(alone, q, policy);

            Record(CumulativeOrOutOfRange(quarters, q, polarity, method, policy), q + 4, policy);
        }
    }

    /// <summary>
    /// The cumulative figure to TW <paramref name="q"/> + 1 on decimals, or <see cref="CapaianReason.OutOfRange"/>
    /// when adding up the quarters goes beyond <see cref="decimal"/> (figures near 7.9 × 10²⁸; never an exception).
    /// </summary>
    private static CapaianResult CumulativeOrOutOfRange(Quarter[] quarters, int q, Polarity polarity, AggregationMethod method, RecapPolicy policy)
    {
        try
        {
            return Cumulative(quarters, q, polarity, method, policy);
        }
        catch (OverflowException)
        {
            return CapaianResult.NotComputable(CapaianReason.OutOfRange);
        }
    }

    private static CapaianResult Cumulative(Quarter[] quarters, int q, Polarity polarity, AggregationMethod method, RecapPolicy policy)
    {
        if (!TriwulanAggregation.ToDate(method, quarters, q, out var total, out var target))
        {
            return CapaianResult.NotReported;
        }

        return target.Has ? Calculate(polarity, target.IsRange, target.Lower, target.Upper, total, policy.Capaian) : CapaianResult.NotComputable(CapaianReason.TargetMissing);
    }

    private static long[] BuildPowers()
    {
        var powers = new long[19];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    private static CapaianResult Calculate(Polarity polarity, bool isRange, decimal lower, decimal upper, decimal realisasi, CapaianPolicy policy)
    {
        if (!isRange)
        {
            return CapaianCalculator.Calculate(polarity, lower, realisasi, policy);
        }

        return lower <= upper
            ? CapaianCalculator.CalculateRange(polarity, lower, upper, realisasi, policy)
            : throw new ArgumentException($"The range target {Text.Of(lower)} - {Text.Of(upper)} is unordered.");
    }

    private void Record(CapaianResult result, int period, RecapPolicy policy)
    {
        IsLarge[period] = false;
        switch (result.Status)
        {
            case CapaianStatus.Computed when Math.Abs(policy.AverageCap is { } c && result.Value!.Value > c ? c : result.Value!.Value) > RecapFigures.MaxCapaian:
                // Beyond what a recap adds up exactly: not computable (OutOfRange).
                Kinds[period] = FigureKind.Other;
                break;
            case CapaianStatus.Computed:
                var value = result.Value!.Value;
                Kinds[period] = FigureKind.Computed;
                Bands[period] = policy.Scale.BandIndex(value);
                var quanta = Math.Round((policy.AverageCap is { } cap && value > cap ? cap : value) * RecapFigures.QuantaPerPercent, MidpointRounding.ToEven);
                if (quanta is >= long.MinValue and <= long.MaxValue)
                {
                    Quanta[period] = (long)quanta;
                }
                else
                {
                    IsLarge[period] = true;
                    LargeQuanta[period] = quanta;
                }

                break;
            default:
                Kinds[period] = FigureKinds.Of(result);
                break;
        }
    }
}

/// <summary>
/// A recap policy in the integer terms of <c>IndicatorPeriods.TryEvaluateInteger</c>: the
/// scale's band bounds, the caps in 10⁻⁹ % quanta. Only made when every one of them is a whole number
/// of quanta; otherwise the recap computes on decimals only.
/// </summary>
internal sealed class IntegerRules
{
    private IntegerRules(long[] upper, bool[] upperInclusive, long? cap, long? averageCap, bool floorAtZero, bool zeroTargetNotComputable, bool negativeTwoMinusRatio)
    {
        Upper = upper;
        UpperExclusive = upperInclusive.Select(i => i ? 0 : 1).ToArray();
#if NET
        Thresholds = IntegerCapaian.Thresholds(upper, UpperExclusive, cap);
        if (Thresholds.Length <= 4 && RecapPaths.Current == RecapPath.Vector)
        {
            // Padded with thresholds no figure passes.
            ThresholdVector = System.Runtime.Intrinsics.Vector256.Create(Thresholds.Concat(Enumerable.Repeat(long.MaxValue, 4 - Thresholds.Length)).ToArray());
        }
#endif
        Cap = cap;
        AverageCap = averageCap;
        Limit = Math.Min(cap ?? long.MaxValue, averageCap ?? long.MaxValue);
        Marks = [.. upper.Concat(new[] { cap, averageCap }.Where(m => m.HasValue).Select(m => m!.Value)).Distinct()];
        FloorAtZero = floorAtZero;
        ZeroTargetNotComputable = zeroTargetNotComputable;
        NegativeTwoMinusRatio = negativeTwoMinusRatio;
    }

    /// <summary>The upper bound of every band but the highest, in quanta.</summary>
    public long[] Upper { get; }

    /// <summary>1 where a bound does not belong to its band (the value on it is past it), else 0.</summary>
    public int[] UpperExclusive { get; }

#if NET
    /// <summary>The bounds as thresholds on the encoded figure, the cap's step in them (<see cref="IntegerCapaian.Thresholds"/>).</summary>
    public long[] Thresholds { get; }

    /// <summary>The <see cref="Thresholds"/> in one vector (padded with <see cref="long.MaxValue"/>) when there are at most four and vectors are accelerated.</summary>
    public System.Runtime.Intrinsics.Vector256<long>? ThresholdVector { get; }
#endif

    /// <summary>The lesser of the cap and the average cap, in quanta (<see cref="long.MaxValue"/> when neither): the most a figure adds to a sum.</summary>
    public long Limit { get; }

    /// <summary>Every bound and cap in quanta: where a figure exactly on one must be decided on decimals when its decimal form rounds.</summary>
    public long[] Marks { get; }

    /// <summary>The policy's cap on capaian, in quanta.</summary>
    public long? Cap { get; }

    /// <summary>The cap on averaged capaian, in quanta.</summary>
    public long? AverageCap { get; }

    /// <summary>Whether negative capaian are raised to 0.</summary>
    public bool FloorAtZero { get; }

    /// <summary>Whether a zero target gives no figure (the other rules go the decimal way).</summary>
    public bool ZeroTargetNotComputable { get; }

    /// <summary>Whether negative polarity uses (2T − R) / T (the inverse ratio goes the decimal way).</summary>
    public bool NegativeTwoMinusRatio { get; }

    /// <summary>The policy's rules in integers, or <see langword="null"/> when a bound or cap is not a whole number of quanta within ±9 × 10¹⁸.</summary>
    public static IntegerRules? From(RecapPolicy policy)
    {
        // The bounds on the exact figure: under CategoryBasis.Printed they sit on half-cents (whole quanta), where
        // the printed figure changes band (CategoryScale.ExactBands).
        var bands = policy.Scale.ExactBands;
        var upper = new long[bands.Count - 1];
        var inclusive = new bool[bands.Count - 1];
        for (var i = 0; i < upper.Length; i++)
        {
            if (!TryQuanta(bands[i].Upper!.Value, out upper[i]))
            {
                return null;
            }

            inclusive[i] = bands[i].UpperInclusive;
        }

        long? cap = null;
        if (policy.Capaian.Cap is { } c)
        {
            if (!TryQuanta(c, out var q))
            {
                return null;
            }

            cap = q;
        }

        long? averageCap = null;
        if (policy.AverageCap is { } a)
        {
            if (!TryQuanta(a, out var q))
            {
                return null;
            }

            averageCap = q;
        }

        return new IntegerRules(
            upper,
            inclusive,
            cap,
            averageCap,
            policy.Capaian.FloorAtZero,
            policy.Capaian.ZeroTarget == ZeroTargetRule.NotComputable,
            policy.Capaian.NegativeFormula == NegativePolarityFormula.TwoMinusRatio);
    }

    private static bool TryQuanta(decimal percent, out long quanta)
    {
        quanta = 0;
        if (Math.Abs(percent) > 9_000_000_000m)
        {
            return false;
        }

        var scaled = percent * RecapFigures.QuantaPerPercent;
        if (scaled != decimal.Truncate(scaled))
        {
            return false;
        }

        quanta = (long)scaled;
        return true;
    }
}
