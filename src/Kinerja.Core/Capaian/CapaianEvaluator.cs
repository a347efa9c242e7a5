using Kinerja.Core.Agreements;
using Kinerja.Core.Measurement;

namespace Kinerja.Core.Capaian;

/// <summary>
/// Computes every capaian figure of a PK's indicators from their realisasi: per quarter,
/// cumulative to each quarter under each indicator's aggregation method, and against the
/// annual target. A pure function of the PK, the measurements and the policy.
/// </summary>
public static class CapaianEvaluator
{
    /// <summary>Evaluates every indicator of a PK.</summary>
    /// <param name="pk">The PK.</param>
    /// <param name="measurements">The realisasi of the PK's year.</param>
    /// <param name="policy">The policy choices.</param>
    /// <returns>One result per indicator, in the PK's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measurements"/> belong to another PK.</exception>
    public static IReadOnlyList<IndicatorCapaian> Evaluate(PerjanjianKinerja pk, MeasurementSet measurements, CapaianPolicy policy)
    {
        if (pk is null)
        {
            throw new ArgumentNullException(nameof(pk));
        }

        if (measurements is null)
        {
            throw new ArgumentNullException(nameof(measurements));
        }

        if (measurements.Key != pk.Key)
        {
            throw new ArgumentException($"The measurements are of PK {measurements.Key}, not of PK {pk.Key}.", nameof(measurements));
        }

        return pk.Indicators.Select(i => Evaluate(i, measurements, policy)).ToArray();
    }

    /// <summary>Evaluates one indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="measurements">The realisasi of the PK's year.</param>
    /// <param name="policy">The policy choices.</param>
    /// <returns>The figures for TW I to TW IV.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IndicatorCapaian Evaluate(Indicator indicator, MeasurementSet measurements, CapaianPolicy policy)
    {
        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (measurements is null)
        {
            throw new ArgumentNullException(nameof(measurements));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var entries = Triwulan.All.Select(q => measurements.Find(indicator.Id, q)).ToArray();
        var quarters = new TriwulanCapaian[4];
        foreach (var q in Triwulan.All)
        {
            quarters[q.Index] = indicator.ValueKind == ValueKind.QualitativeGrade
                ? EvaluateGrade(indicator, entries, q, policy)
                : EvaluateNumber(indicator, entries, q, policy);
        }

        return new IndicatorCapaian(indicator, quarters);
    }

    private static TriwulanCapaian EvaluateNumber(Indicator indicator, Realisasi?[] entries, Triwulan q, CapaianPolicy policy)
    {
        var entry = entries[q.Index];
        var target = indicator.GetTriwulanTarget(q);
        var quarter = Compare(indicator.Polarity, target, entry?.Value, policy);

        var missing = q.ToDate.Where(t => entries[t.Index]?.Value is null).ToArray();
        var quarters = new TriwulanAggregation.Quarter[4];
        for (var t = 0; t < 4; t++)
        {
            var of = indicator.TriwulanTargets[t];
            quarters[t] = new TriwulanAggregation.Quarter
            {
                HasValue = entries[t]?.Value is not null,
                Value = entries[t]?.Value ?? 0m,
                HasTarget = of is not null && of.Kind != TargetKind.Grade,
                IsRange = of?.Kind == TargetKind.Range,
                Lower = of?.Lower ?? 0m,
                Upper = of?.Upper ?? 0m,
            };
        }

        decimal? cumulativeRealisasi = null;
        Target? cumulativeTarget = null;
        CapaianResult cumulative;
        CapaianResult annual;
        try
        {
            var reported = TriwulanAggregation.ToDate(indicator.Aggregation, quarters, q.Index, out var total, out var bounds);
            cumulativeRealisasi = reported ? total : null;
            cumulativeTarget = bounds.From >= 0 ? indicator.TriwulanTargets[bounds.From]
                : !bounds.Has ? null
                : bounds.IsRange ? Target.Between(bounds.Lower, bounds.Upper) : Target.Of(bounds.Lower);
            cumulative = cumulativeRealisasi is { } r ? Compare(indicator.Polarity, cumulativeTarget, r, policy) : CapaianResult.NotReported;
            annual = cumulativeRealisasi is { } a ? Compare(indicator.Polarity, indicator.AnnualTarget, a, policy) : CapaianResult.NotReported;
        }
        catch (OverflowException)
        {
            // The quarters add up beyond decimal (figures near 7.9 × 10²⁸): no cumulative figures, and no exception.
            cumulativeRealisasi = null;
            cumulativeTarget = null;
            cumulative = CapaianResult.NotComputable(CapaianReason.OutOfRange);
            annual = CapaianResult.NotComputable(CapaianReason.OutOfRange);
        }

        return new TriwulanCapaian(q, entry, target, quarter, cumulativeRealisasi, null, cumulativeTarget, cumulative, annual, missing);
    }

    private static TriwulanCapaian EvaluateGrade(Indicator indicator, Realisasi?[] entries, Triwulan q, CapaianPolicy policy)
    {
        var scale = indicator.GradeScale!;
        var entry = entries[q.Index];
        var target = indicator.GetTriwulanTarget(q);
        var quarter = CompareGrade(scale, target, entry?.Grade, policy);

        var reported = q.ToDate.Where(t => entries[t.Index]?.Grade is not null).ToArray();
        var missing = q.ToDate.Where(t => entries[t.Index]?.Grade is null).ToArray();
        string? grade = null;
        Target? cumulativeTarget = null;
        if (reported.Length > 0)
        {
            Triwulan pick = indicator.Aggregation switch
            {
                AggregationMethod.Maximum => reported.OrderByDescending(t => Score(scale, entries[t.Index]!.Grade)).ThenBy(t => t).First(),
                AggregationMethod.Minimum => reported.OrderBy(t => Score(scale, entries[t.Index]!.Grade)).ThenBy(t => t).First(),
                _ => reported[reported.Length - 1],
            };
            grade = entries[pick.Index]!.Grade;
            var targets = reported.Select(t => indicator.GetTriwulanTarget(t)).ToArray();
            cumulativeTarget = indicator.Aggregation switch
            {
                AggregationMethod.Maximum when targets.All(t => t is not null) => targets.OrderByDescending(t => Score(scale, t!.Grade)).First(),
                AggregationMethod.Minimum when targets.All(t => t is not null) => targets.OrderBy(t => Score(scale, t!.Grade)).First(),
                AggregationMethod.Maximum or AggregationMethod.Minimum => null,
                _ => indicator.GetTriwulanTarget(pick),
            };
        }

        // CompareGrade gives NotReported for a null grade.
        var cumulative = CompareGrade(scale, cumulativeTarget, grade, policy);
        var annual = CompareGrade(scale, indicator.AnnualTarget, grade, policy);
        return new TriwulanCapaian(q, entry, target, quarter, null, grade, cumulativeTarget, cumulative, annual, missing);
    }

    private static CapaianResult Compare(Polarity polarity, Target? target, decimal? realisasi, CapaianPolicy policy)
    {
        if (realisasi is not { } r)
        {
            return CapaianResult.NotReported;
        }

        return target is null ? CapaianResult.NotComputable(CapaianReason.TargetMissing) : CapaianCalculator.Calculate(polarity, target, r, policy);
    }

    private static CapaianResult CompareGrade(GradeScale scale, Target? target, string? grade, CapaianPolicy policy)
    {
        if (grade is null)
        {
            return CapaianResult.NotReported;
        }

        if (target is null)
        {
            return CapaianResult.NotComputable(CapaianReason.TargetMissing);
        }

        return target.Grade is null
            ? CapaianResult.NotComputable(CapaianReason.KindMismatch)
            : CapaianCalculator.CalculateGrade(scale, target.Grade, grade, policy);
    }

    private static decimal Score(GradeScale scale, string? grade) => scale.TryGetScore(grade, out var s) ? s : 0m;
}
