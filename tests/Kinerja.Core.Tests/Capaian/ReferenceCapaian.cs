using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;

namespace Kinerja.Core.Tests.Capaian;

/// <summary>
/// An independent oracle for capaian, written from the formulas as the regulation states them
/// (/work/shared/domain.md, docs/indicators.md), not from <see cref="CapaianCalculator"/>:
/// positive R / T × 100; negative (1 + (1 − R / T)) × 100 or T / R × 100; keep stable
/// (1 − |1 − R / T|) × 100; a range compares with the nearer bound outside it and gives 100 inside;
/// then the floor and the cap of the policy. It divides in another order than the calculator
/// (R / T first), so its figures agree only to about 20 significant digits: compare with <see cref="AssertAgrees"/>.
/// Meant for realistic figures (|T|, |R| ≤ 10¹²); it does not model figures beyond decimal.
/// </summary>
internal static class ReferenceCapaian
{
    /// <summary>The expected outcome: status, reason, the figure after the cap and before it.</summary>
    internal readonly record struct Expected(CapaianStatus Status, CapaianReason Reason, decimal? Value, decimal? Uncapped);

    public static Expected Of(Polarity polarity, Target target, decimal realisasi, CapaianPolicy policy)
    {
        if (target.Kind == TargetKind.Range && target.Lower != target.Upper)
        {
            return realisasi > target.Upper ? Of(polarity, target.Upper, realisasi, policy)
                : realisasi < target.Lower ? Of(polarity, target.Lower, realisasi, policy)
                : WithCap(100m, policy, CapaianReason.None);
        }

        return Of(polarity, target.Lower, realisasi, policy);
    }

    public static Expected Of(Polarity polarity, decimal t, decimal r, CapaianPolicy policy)
    {
        if (t == 0m)
        {
            // No regulation rule: the policy's choice (docs/decisions.md).
            return policy.ZeroTarget switch
            {
                ZeroTargetRule.Zero => WithCap(0m, policy, CapaianReason.ZeroTarget),
                ZeroTargetRule.HundredWhenMet => WithCap(
                    (polarity == Polarity.Positive ? r >= 0m : polarity == Polarity.Negative ? r <= 0m : r == 0m) ? 100m : 0m,
                    policy,
                    CapaianReason.ZeroTarget),
                _ => new Expected(CapaianStatus.NotComputable, CapaianReason.ZeroTarget, null, null),
            };
        }

        decimal c;
        if (polarity == Polarity.Positive)
        {
            c = r / t * 100m;
        }
        else if (polarity == Polarity.Negative && policy.NegativeFormula == NegativePolarityFormula.InverseRatio)
        {
            if (r == 0m)
            {
                return policy.CapaianWhenRealisasiZero is { } given
                    ? WithCap(given, policy, CapaianReason.ZeroRealisasi)
                    : new Expected(CapaianStatus.NotComputable, CapaianReason.ZeroRealisasi, null, null);
            }

            c = t / r * 100m;
        }
        else if (polarity == Polarity.Negative)
        {
            c = (1m + (1m - (r / t))) * 100m;
        }
        else
        {
            c = (1m - Math.Abs(1m - (r / t))) * 100m;
        }

        if (policy.FloorAtZero && c < 0m)
        {
            c = 0m;
        }

        return WithCap(c, policy, CapaianReason.None);
    }

    /// <summary>Asserts that <paramref name="actual"/> has the expected status and reason, and figures within 10⁻¹⁵ % (relative above 1).</summary>
    public static void AssertAgrees(Expected expected, CapaianResult actual, string context)
    {
        Assert.True(expected.Status == actual.Status && expected.Reason == actual.Reason, $"{context}: expected {expected}, got {actual}");
        Close(expected.Value, actual.Value, context);
        Close(expected.Uncapped, actual.UncappedValue, context);
    }

    private static void Close(decimal? expected, decimal? actual, string context)
    {
        if (expected is not { } e || actual is not { } a)
        {
            Assert.True(expected is null && actual is null, $"{context}: expected {expected}, got {actual}");
            return;
        }

        var tolerance = 0.000_000_000_000_001m * Math.Max(1m, Math.Abs(e));
        Assert.True(Math.Abs(e - a) <= tolerance, $"{context}: expected {e}, got {a}");
    }

    private static Expected WithCap(decimal value, CapaianPolicy policy, CapaianReason reason) =>
        new(CapaianStatus.Computed, reason, policy.Cap is { } cap && value > cap ? cap : value, value);
}
