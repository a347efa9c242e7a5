using Kinerja.Core.Agreements;

namespace Kinerja.Core.Capaian;

/// <summary>
/// The one home of how quarters add up to a quarter (docs/quarters.md), for numeric indicators: used
/// by <see cref="CapaianEvaluator"/> and by the recap's decimal way alike. A cumulative sum needs every
/// quarter to date: missing is not zero, so one unreported quarter leaves the sum unreported. The other
/// methods work on the quarters reported so far.
/// </summary>
internal static class TriwulanAggregation
{
    private static readonly Bounds None = new(false, false, 0m, 0m, -1);

    /// <summary>
    /// The realisasi and target to TW <paramref name="q"/> + 1 under <paramref name="method"/>: the
    /// realisasi (<see langword="false"/> when there is none to date), and the target's bounds in
    /// <paramref name="target"/>. Sums are in quarter order from 0 and the greatest or least is the
    /// first of equals (as <see cref="Enumerable.Sum(IEnumerable{decimal})"/> and
    /// <see cref="Enumerable.Max(IEnumerable{decimal})"/> give them). Throws
    /// <see cref="OverflowException"/> when the quarters add up beyond decimal.
    /// </summary>
    /// <param name="method">The aggregation method.</param>
    /// <param name="quarters">TW I to TW IV.</param>
    /// <param name="q">The last quarter to date, 0 to 3.</param>
    /// <param name="total">The realisasi to date.</param>
    /// <param name="target">The target to date.</param>
    /// <returns>Whether there is a realisasi to date.</returns>
    public static bool ToDate(AggregationMethod method, Quarter[] quarters, int q, out decimal total, out Bounds target)
    {
        var toDate = (1 << (q + 1)) - 1;
        var reported = 0;
        for (var t = 0; t <= q; t++)
        {
            reported |= quarters[t].HasValue ? 1 << t : 0;
        }

        total = 0m;
        if (reported == 0 || (method == AggregationMethod.CumulativeSum && reported != toDate))
        {
            target = TargetOf(method, quarters, toDate);
            return false;
        }

        switch (method)
        {
            case AggregationMethod.LastValue:
                var last = Last(reported);
                total = quarters[last].Value;
                target = new Bounds(quarters[last].HasTarget, quarters[last].IsRange, quarters[last].Lower, quarters[last].Upper, last);
                return true;
            case AggregationMethod.CumulativeSum:
                total = Sum(quarters, reported, upper: false, values: true);
                break;
            case AggregationMethod.Average:
                total = Sum(quarters, reported, upper: false, values: true) / Count(reported);
                break;
            default:
                total = Extreme(quarters, reported, method == AggregationMethod.Maximum, Pick.Value);
                break;
        }

        target = TargetOf(method, quarters, reported);
        return true;
    }

    /// <summary>The target of the quarters in the mask under the method: none when one of them has none.</summary>
    private static Bounds TargetOf(AggregationMethod method, Quarter[] quarters, int mask)
    {
        var allValues = true;
        for (var t = 0; t < 4; t++)
        {
            if ((mask & (1 << t)) != 0)
            {
                if (!quarters[t].HasTarget)
                {
                    return None;
                }

                allValues &= !quarters[t].IsRange;
            }
        }

        switch (method)
        {
            case AggregationMethod.CumulativeSum:
                return new Bounds(true, !allValues, Sum(quarters, mask, upper: false, values: false), Sum(quarters, mask, upper: true, values: false), -1);
            case AggregationMethod.Average:
                var n = Count(mask);
                return new Bounds(true, !allValues, Sum(quarters, mask, upper: false, values: false) / n, Sum(quarters, mask, upper: true, values: false) / n, -1);
            case AggregationMethod.LastValue:
                var last = Last(mask);
                return new Bounds(true, quarters[last].IsRange, quarters[last].Lower, quarters[last].Upper, last);
            default:
                var greatest = method == AggregationMethod.Maximum;
                return new Bounds(true, !allValues, Extreme(quarters, mask, greatest, Pick.Lower), Extreme(quarters, mask, greatest, Pick.Upper), -1);
        }
    }

    private static int Count(int mask)
    {
        var n = 0;
        for (; mask != 0; mask &= mask - 1)
        {
            n++;
        }

        return n;
    }

    private static int Last(int mask)
    {
        var last = 3;
        while ((mask & (1 << last)) == 0)
        {
            last--;
        }

        return last;
    }

    /// <summary>The sum of the realisasi, or of the target bounds, of the quarters in the mask, in quarter order from 0.</summary>
    private static decimal Sum(Quarter[] quarters, int mask, bool upper, bool values)
    {
        var sum = 0m;
        for (var t = 0; t < 4; t++)
        {
            if ((mask & (1 << t)) != 0)
            {
                sum += values ? quarters[t].Value : upper ? quarters[t].Upper : quarters[t].Lower;
            }
        }

        return sum;
    }

    /// <summary>The greatest (or least) realisasi or target bound in the mask, the first of equals.</summary>
    private static decimal Extreme(Quarter[] quarters, int mask, bool greatest, Pick pick)
    {
        var found = false;
        var value = 0m;
        for (var t = 0; t < 4; t++)
        {
            if ((mask & (1 << t)) != 0)
            {
                var x = pick == Pick.Value ? quarters[t].Value : pick == Pick.Upper ? quarters[t].Upper : quarters[t].Lower;
                if (!found || (greatest ? x > value : x < value))
                {
                    value = x;
                    found = true;
                }
            }
        }

        return value;
    }

    private enum Pick
    {
        Value,
        Lower,
        Upper,
    }

    /// <summary>One quarter of one numeric indicator: its realisasi and its target as decimals.</summary>
    internal struct Quarter
    {
        /// <summary>Whether the realisasi is reported.</summary>
        public bool HasValue;

        /// <summary>The realisasi.</summary>
        public decimal Value;

        /// <summary>Whether the quarter has a numeric target.</summary>
        public bool HasTarget;

        /// <summary>Whether the target is a range.</summary>
        public bool IsRange;

        /// <summary>The target, or a range's lower bound.</summary>
        public decimal Lower;

        /// <summary>A range's upper bound (the target itself for a single value).</summary>
        public decimal Upper;
    }

    /// <summary>A target to date: whether there is one, its bounds, and the quarter it is when it is one quarter's own (else -1).</summary>
    internal readonly struct Bounds(bool has, bool isRange, decimal lower, decimal upper, int from)
    {
        /// <summary>Whether there is a target.</summary>
        public bool Has { get; } = has;

        /// <summary>Whether it is a range.</summary>
        public bool IsRange { get; } = isRange;

        /// <summary>The target, or a range's lower bound.</summary>
        public decimal Lower { get; } = lower;

        /// <summary>A range's upper bound.</summary>
        public decimal Upper { get; } = upper;

        /// <summary>The quarter whose own target this is (the last value's), or -1.</summary>
        public int From { get; } = from;
    }
}
