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
        var reported = 0;
        for (var t = 0; t <= q; t++)
        {
            reported |= quarters[t].HasValue ? 1 << t : 0;
        }

        total = 0m;
        var mask = Aggregated(method, reported, q);
        if (mask == 0)
        {
            target = TargetOf(method, quarters, (2 << q) - 1);
            return false;
        }

        switch (method)
        {
            case AggregationMethod.LastValue:
                var last = Last(mask);
                total = quarters[last].Value;
                target = new Bounds(quarters[last].HasTarget, quarters[last].IsRange, quarters[last].Lower, quarters[last].Upper, last);
                return true;
            case AggregationMethod.CumulativeSum:
                total = Sum(quarters, mask, upper: false, values: true);
                break;
            case AggregationMethod.Average:
                total = Sum(quarters, mask, upper: false, values: true) / Count(mask);
                break;
            default:
                total = Extreme(quarters, mask, method == AggregationMethod.Maximum, Pick.Value);
                break;
        }

        target = TargetOf(method, quarters, mask);
        return true;
    }

    /// <summary>
    /// The quarters a figure to TW <paramref name="q"/> + 1 aggregates under <paramref name="method"/>, as a
    /// mask: of the <paramref name="reported"/> quarters to date, the last one alone for the last value, all
    /// of them for the others; 0 when there is no realisasi to date (none reported, or a cumulative sum that
    /// misses one: missing is not zero). The decimal way (<see cref="ToDate"/>) and the recap's integer way
    /// both take their quarters from here.
    /// </summary>
    /// <param name="method">The aggregation method.</param>
    /// <param name="reported">The quarters with a realisasi, bit t for TW t + 1 (later quarters are ignored).</param>
    /// <param name="q">The last quarter to date, 0 to 3.</param>
    /// <returns>The quarters aggregated, or 0.</returns>
    public static int Aggregated(AggregationMethod method, int reported, int q)
    {
        var toDate = (2 << q) - 1;
        var mask = reported & toDate;
        if (mask == 0 || (method == AggregationMethod.CumulativeSum && mask != toDate))
        {
            return 0;
        }

        return method == AggregationMethod.LastValue ? 1 << Last(mask) : mask;
    }

    /// <summary>Whether every quarter in <paramref name="mask"/> has a target (<paramref name="withTarget"/>, bit t for TW t + 1): a figure of quarters one of which has none has no target.</summary>
    /// <param name="withTarget">The quarters with a numeric target.</param>
    /// <param name="mask">The quarters aggregated.</param>
    /// <returns>Whether the aggregate has a target.</returns>
    public static bool HasTarget(int withTarget, int mask) => (withTarget & mask) == mask;

    /// <summary>The target of the quarters in the mask under the method: none when one of them has none.</summary>
    private static Bounds TargetOf(AggregationMethod method, Quarter[] quarters, int mask)
    {
        var withTarget = 0;
        var allValues = true;
        for (var t = 0; t < 4; t++)
        {
            withTarget |= quarters[t].HasTarget ? 1 << t : 0;
            allValues &= (mask & (1 << t)) == 0 || !quarters[t].IsRange;
        }

        if (!HasTarget(withTarget, mask))
        {
            return None;
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

    /// <summary>The number of quarters in the mask.</summary>
    private static int Count(int mask)
    {
        var n = 0;
        for (; mask != 0; mask &= mask - 1)
        {
            n++;
        }

        return n;
    }

    /// <summary>The last quarter in the mask (not 0).</summary>
    public static int Last(int mask)
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
