using Kinerja.Core.Agreements;

namespace Kinerja.Core.Capaian;

/// <summary>How quarters add up to a quarter and to the year, for numeric indicators.</summary>
internal static class TriwulanAggregation
{
    internal readonly struct Figures(decimal? realisasi, Target? target)
    {
        public decimal? Realisasi { get; } = realisasi;

        public Target? Target { get; } = target;
    }

    /// <summary>
    /// The realisasi and target to date. A cumulative sum needs every quarter to date: missing is
    /// not zero, so one unreported quarter leaves the sum unreported. The other methods work on
    /// the quarters reported so far.
    /// </summary>
    public static Figures Aggregate(AggregationMethod method, decimal?[] values, IReadOnlyList<Target?> targets, Triwulan upTo, Triwulan[] reported, Triwulan[] missing)
    {
        if (reported.Length == 0)
        {
            return new Figures(null, TargetOf(method, targets, upTo.ToDate.ToArray()));
        }

        switch (method)
        {
            case AggregationMethod.CumulativeSum:
                return missing.Length > 0
                    ? new Figures(null, TargetOf(method, targets, upTo.ToDate.ToArray()))
                    : new Figures(reported.Sum(t => values[t.Index]!.Value), TargetOf(method, targets, reported));
            case AggregationMethod.LastValue:
                var last = reported[reported.Length - 1];
                return new Figures(values[last.Index], targets[last.Index]);
            case AggregationMethod.Average:
                return new Figures(reported.Sum(t => values[t.Index]!.Value) / reported.Length, TargetOf(method, targets, reported));
            case AggregationMethod.Maximum:
                return new Figures(reported.Max(t => values[t.Index]!.Value), TargetOf(method, targets, reported));
            default:
                return new Figures(reported.Min(t => values[t.Index]!.Value), TargetOf(method, targets, reported));
        }
    }

    private static Target? TargetOf(AggregationMethod method, IReadOnlyList<Target?> targets, Triwulan[] quarters)
    {
        // quarters is never empty: Aggregate passes the reported quarters (at least one) or upTo.ToDate.
        var picked = quarters.Select(q => targets[q.Index]).ToArray();
        if (picked.Any(t => t is null || t.Kind == TargetKind.Grade))
        {
            return null;
        }

        var all = picked.Select(t => t!).ToArray();
        decimal lower, upper;
        switch (method)
        {
            case AggregationMethod.CumulativeSum:
                lower = all.Sum(t => t.Lower);
                upper = all.Sum(t => t.Upper);
                break;
            case AggregationMethod.LastValue:
                return all[all.Length - 1];
            case AggregationMethod.Average:
                lower = all.Sum(t => t.Lower) / all.Length;
                upper = all.Sum(t => t.Upper) / all.Length;
                break;
            case AggregationMethod.Maximum:
                lower = all.Max(t => t.Lower);
                upper = all.Max(t => t.Upper);
                break;
            default:
                lower = all.Min(t => t.Lower);
                upper = all.Min(t => t.Upper);
                break;
        }

        return all.All(t => t.Kind == TargetKind.Value) ? Target.Of(lower) : Target.Between(lower, upper);
    }
}
