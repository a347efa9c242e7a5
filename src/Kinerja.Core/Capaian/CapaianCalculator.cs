using Kinerja.Core.Agreements;

namespace Kinerja.Core.Capaian;

/// <summary>
/// The capaian rules as pure functions of target, realisasi and policy. All arithmetic is
/// <see cref="decimal"/> with one division per figure; nothing is rounded. Formulas and their
/// sources are in <c>docs/indicators.md</c> and <c>docs/decisions.md</c>.
/// </summary>
public static class CapaianCalculator
{
    private const decimal Hundred = 100m;

    /// <summary>Capaian of a single-value target under a polarity.</summary>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="target">T.</param>
    /// <param name="realisasi">R.</param>
    /// <param name="policy">The policy choices.</param>
    /// <returns>The figure, or why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static CapaianResult Calculate(Polarity polarity, decimal target, decimal realisasi, CapaianPolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (target == 0m)
        {
            return ZeroTarget(polarity, realisasi, policy);
        }

        decimal numerator;
        var denominator = target;
        switch (polarity)
        {
            case Polarity.Positive:
                numerator = realisasi;
                break;
            case Polarity.Negative when policy.NegativeFormula == NegativePolarityFormula.InverseRatio:
                if (realisasi == 0m)
                {
                    return policy.CapaianWhenRealisasiZero is { } given
                        ? CapaianResult.Computed(given, policy.Cap, CapaianReason.ZeroRealisasi)
                        : CapaianResult.NotComputable(CapaianReason.ZeroRealisasi);
                }

                numerator = target;
                denominator = realisasi;
                break;
            default:
                if (!TryNumerator(polarity, target, realisasi, out numerator))
                {
                    // 2T − R beyond decimal has T's sign; T − |T − R| beyond it is negative.
                    return OutOfRange(polarity == Polarity.Negative && target > 0m, policy);
                }

                break;
        }

        if (Percent(numerator, denominator) is not { } value)
        {
            return OutOfRange((numerator >= 0m) == (denominator > 0m), policy);
        }

        if (policy.FloorAtZero && value < 0m)
        {
            value = 0m;
        }

        return CapaianResult.Computed(value, policy.Cap);
    }

    /// <summary>
    /// Capaian of a range target [lower, upper]: 100 inside the range (our policy; the regulation
    /// is silent), otherwise the polarity's formula against the nearer bound, as PermenPANRB 8/2021
    /// prescribes (above the range: the upper bound; below it: the lower bound).
    /// </summary>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="lower">The range's lower bound.</param>
    /// <param name="upper">The range's upper bound.</param>
    /// <param name="realisasi">R.</param>
    /// <param name="policy">The policy choices.</param>
    /// <returns>The figure, or why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lower"/> is above <paramref name="upper"/>.</exception>
    public static CapaianResult CalculateRange(Polarity polarity, decimal lower, decimal upper, decimal realisasi, CapaianPolicy policy)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (lower > upper)
        {
            throw new ArgumentException($"The range's lower bound {lower} is above its upper bound {upper}.", nameof(lower));
        }

        if (lower == upper)
        {
            // A range of one value is that value's target: the zero-target policy applies to [0, 0].
            return Calculate(polarity, lower, realisasi, policy);
        }

        if (realisasi > upper)
        {
            return Calculate(polarity, upper, realisasi, policy);
        }

        if (realisasi < lower)
        {
            return Calculate(polarity, lower, realisasi, policy);
        }

        return CapaianResult.Computed(Hundred, policy.Cap);
    }

    /// <summary>Capaian of a numeric target (single value or range) under a polarity.</summary>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="target">The target; a grade target is a kind mismatch.</param>
    /// <param name="realisasi">R.</param>
    /// <param name="policy">The policy choices.</param>
    /// <returns>The figure, or why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="policy"/> is null.</exception>
    public static CapaianResult Calculate(Polarity polarity, Target target, decimal realisasi, CapaianPolicy policy)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        return target.Kind switch
        {
            TargetKind.Value => Calculate(polarity, target.Value, realisasi, policy),
            TargetKind.Range when target.Lower <= target.Upper => CalculateRange(polarity, target.Lower, target.Upper, realisasi, policy),
            TargetKind.Range => throw new ArgumentException($"The range target {target} is unordered.", nameof(target)),
            _ => CapaianResult.NotComputable(CapaianReason.KindMismatch),
        };
    }

    /// <summary>Capaian of a qualitative grade: C = score(R) / score(T) × 100 on the grade scale.</summary>
    /// <param name="scale">The grade scale.</param>
    /// <param name="target">The target grade.</param>
    /// <param name="realisasi">The grade achieved.</param>
    /// <param name="policy">The policy choices (only the cap applies).</param>
    /// <returns>The figure, or why there is none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CapaianResult CalculateGrade(GradeScale scale, string target, string realisasi, CapaianPolicy policy)
    {
        if (scale is null)
        {
            throw new ArgumentNullException(nameof(scale));
        }

        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        if (realisasi is null)
        {
            throw new ArgumentNullException(nameof(realisasi));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (!scale.TryGetScore(target, out var t) || !scale.TryGetScore(realisasi, out var r))
        {
            return CapaianResult.NotComputable(CapaianReason.GradeNotInScale);
        }

        return Percent(r, t) is { } value ? CapaianResult.Computed(value, policy.Cap) : OutOfRange((r >= 0m) == (t >= 0m), policy);
    }

    private static CapaianResult ZeroTarget(Polarity polarity, decimal realisasi, CapaianPolicy policy)
    {
        switch (policy.ZeroTarget)
        {
            case ZeroTargetRule.Zero:
                return CapaianResult.Computed(0m, policy.Cap, CapaianReason.ZeroTarget);
            case ZeroTargetRule.HundredWhenMet:
                var met = polarity switch
                {
                    Polarity.Positive => realisasi >= 0m,
                    Polarity.Negative => realisasi <= 0m,
                    _ => realisasi == 0m,
                };
                return CapaianResult.Computed(met ? Hundred : 0m, policy.Cap, CapaianReason.ZeroTarget);
            default:
                return CapaianResult.NotComputable(CapaianReason.ZeroTarget);
        }
    }

    /// <summary>
    /// numerator / denominator × 100 with a single rounding (decimal division), no early rounding;
    /// <see langword="null"/> when the figure is beyond the range of <see cref="decimal"/>.
    /// </summary>
    internal static decimal? Percent(decimal numerator, decimal denominator)
    {
        try
        {
            return Math.Abs(numerator) <= decimal.MaxValue / Hundred
                ? numerator * Hundred / denominator
                : numerator / denominator * Hundred;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>2T − R (negative polarity) or T − |T − R| (keep stable), or <see langword="false"/> when it is beyond decimal.</summary>
    private static bool TryNumerator(Polarity polarity, decimal target, decimal realisasi, out decimal numerator)
    {
        try
        {
            numerator = PolarityNumerator.Of(polarity, target, realisasi);
            return true;
        }
        catch (OverflowException)
        {
            numerator = 0m;
            return false;
        }
    }

    /// <summary>A figure beyond the range of decimal: the cap when it is positive and capped, 0 when it is negative and floored, else not computable.</summary>
    private static CapaianResult OutOfRange(bool positive, CapaianPolicy policy) =>
        positive && policy.Cap is { } cap ? CapaianResult.Computed(cap, policy.Cap, CapaianReason.OutOfRange)
        : !positive && policy.FloorAtZero ? CapaianResult.Computed(0m, policy.Cap, CapaianReason.OutOfRange)
        : CapaianResult.NotComputable(CapaianReason.OutOfRange);
}
