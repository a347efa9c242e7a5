using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;

namespace Kinerja.Core.Tests.Properties;

public class CapaianCalculatorProperties
{
    private static readonly Polarity[] Polarities = [Polarity.Positive, Polarity.Negative, Polarity.KeepStable];

    private static readonly NegativePolarityFormula[] Formulas = [NegativePolarityFormula.TwoMinusRatio, NegativePolarityFormula.InverseRatio];

    [KinerjaProperty]
    public void Calculate_RealisasiEqualsTarget_IsExactly100ForEveryPolarity(TargetFigure t, CapaianPolicy policy)
    {
        foreach (var formula in Formulas)
        {
            var p = policy with { NegativeFormula = formula };
            foreach (var polarity in Polarities)
            {
                AssertHundred(CapaianCalculator.Calculate(polarity, t.Value, t.Value, p), p);
                AssertHundred(CapaianCalculator.Calculate(polarity, Target.Of(t.Value), t.Value, p), p);
            }
        }
    }

    [KinerjaProperty]
    public void CalculateRange_RealisasiInsideRange_IsExactly100(RangeTarget range, RealisasiFigure position, CapaianPolicy policy)
    {
        // position / 1e9 is a fraction in [0, 1]: lower + (upper − lower) × fraction stays inside the range.
        var inside = range.Lower + ((range.Upper - range.Lower) * (position.Value / KinerjaArbitraries.MaxFigure));
        Assert.InRange(inside, range.Lower, range.Upper);
        foreach (var formula in Formulas)
        {
            var p = policy with { NegativeFormula = formula };
            foreach (var polarity in Polarities)
            {
                foreach (var r in new[] { range.Lower, inside, range.Upper })
                {
                    if (range.Upper == 0m)
                    {
                        // [0, 0] is the single-value target 0: the zero-target policy decides (decisions D10).
                        Assert.Equal(CapaianCalculator.Calculate(polarity, 0m, r, p), CapaianCalculator.CalculateRange(polarity, 0m, 0m, r, p));
                        continue;
                    }

                    AssertHundred(CapaianCalculator.CalculateRange(polarity, range.Lower, range.Upper, r, p), p);
                    AssertHundred(CapaianCalculator.Calculate(polarity, Target.Between(range.Lower, range.Upper), r, p), p);
                }
            }
        }
    }

    [KinerjaProperty]
    public void CalculateGrade_SameGrade_IsExactly100(SameGrade grade, CapaianPolicy policy) =>
        AssertHundred(CapaianCalculator.CalculateGrade(grade.Scale, grade.Target, grade.Realisasi, policy), policy);

    [KinerjaProperty]
    public void Calculate_Positive_IsNonDecreasingInRealisasi(TargetFigure t, OrderedRealisasi r, CapaianPolicy policy)
    {
        var low = CapaianCalculator.Calculate(Polarity.Positive, t.Value, r.Low, policy);
        var high = CapaianCalculator.Calculate(Polarity.Positive, t.Value, r.High, policy);
        Assert.True(low.UncappedValue <= high.UncappedValue, $"R {r.Low} gives {low}, R {r.High} gives {high}");
        Assert.True(low.Value <= high.Value, $"R {r.Low} gives {low}, R {r.High} gives {high}");
    }

    [KinerjaProperty]
    public void Calculate_NegativeTwoMinusRatio_IsNonIncreasingInRealisasi(TargetFigure t, OrderedRealisasi r, CapaianPolicy policy)
    {
        var p = policy with { NegativeFormula = NegativePolarityFormula.TwoMinusRatio };
        var low = CapaianCalculator.Calculate(Polarity.Negative, t.Value, r.Low, p);
        var high = CapaianCalculator.Calculate(Polarity.Negative, t.Value, r.High, p);
        Assert.True(low.UncappedValue >= high.UncappedValue, $"R {r.Low} gives {low}, R {r.High} gives {high}");
        Assert.True(low.Value >= high.Value, $"R {r.Low} gives {low}, R {r.High} gives {high}");
    }

    [KinerjaProperty]
    public void Calculate_NegativeInverseRatio_IsNonIncreasingInPositiveRealisasi(TargetFigure t, OrderedRealisasi r, CapaianPolicy policy)
    {
        var p = policy with { NegativeFormula = NegativePolarityFormula.InverseRatio };
        var lowR = r.Low > 0m ? r.Low : 0.0001m;
        var highR = Math.Max(r.High, lowR);
        var low = CapaianCalculator.Calculate(Polarity.Negative, t.Value, lowR, p);
        var high = CapaianCalculator.Calculate(Polarity.Negative, t.Value, highR, p);
        Assert.True(low.UncappedValue >= high.UncappedValue, $"R {lowR} gives {low}, R {highR} gives {high}");
        Assert.True(low.Value >= high.Value, $"R {lowR} gives {low}, R {highR} gives {high}");
    }

    [KinerjaProperty]
    public void Calculate_FloorAtZero_NeverBelowZeroAndOtherwiseTheRawFigure(TargetFigure t, RealisasiFigure r, CapaianPolicy policy)
    {
        // Besides R itself, an R just above 2T, where the negative and keep-stable figures fall just below 0
        // (r / 1e9 in [0, 1], so the raw figure is in [-1, 0]).
        var justAboveDouble = (2m * t.Value) + (t.Value * (r.Value / KinerjaArbitraries.MaxFigure) / 100m);
        foreach (var formula in Formulas)
        {
            var floored = policy with { FloorAtZero = true, NegativeFormula = formula };
            var unfloored = floored with { FloorAtZero = false };
            foreach (var polarity in Polarities)
            {
                foreach (var realisasi in new[] { r.Value, justAboveDouble })
                {
                    var result = CapaianCalculator.Calculate(polarity, t.Value, realisasi, floored);
                    var raw = CapaianCalculator.Calculate(polarity, t.Value, realisasi, unfloored);
                    Assert.True(result.UncappedValue is null or >= 0m, $"{polarity} {formula} R {realisasi}: {result}");
                    Assert.True(result.Value is null or >= 0m, $"{polarity} {formula} R {realisasi}: {result}");
                    Assert.Equal(raw.UncappedValue is { } v ? Math.Max(v, 0m) : null, result.UncappedValue);
                }
            }
        }
    }

    [KinerjaProperty]
    public void Calculate_NoFloor_TwoMinusRatioFollowsFormulaBelowZero(TargetFigure t, RealisasiFigure extra)
    {
        // Without the floor the default negative formula is (2T − R) / T × 100 exactly, negative beyond R = 2T.
        var r = (2m * t.Value) + extra.Value;
        var result = CapaianCalculator.Calculate(Polarity.Negative, t.Value, r, CapaianPolicy.Default with { FloorAtZero = false });
        Assert.Equal(((2m * t.Value) - r) * 100m / t.Value, result.Value);
        Assert.True(result.Value <= 0m, result.ToString());
    }

    [KinerjaProperty]
    public void CalculateRange_RealisasiOutsideRange_ComparesWithNearerBound(RangeTarget range, RealisasiFigure r, CapaianPolicy policy)
    {
        foreach (var formula in Formulas)
        {
            var p = policy with { NegativeFormula = formula };
            foreach (var polarity in Polarities)
            {
                var above = range.Upper + Math.Max(r.Value, 0.0001m);
                Assert.Equal(CapaianCalculator.Calculate(polarity, range.Upper, above, p), CapaianCalculator.CalculateRange(polarity, range.Lower, range.Upper, above, p));

                if (range.Lower > 0m)
                {
                    // r / 1e9 in [0, 1]: lower × that fraction, nudged below lower when it reaches it.
                    var below = Math.Min(range.Lower * (r.Value / KinerjaArbitraries.MaxFigure), range.Lower - 0.0001m);
                    Assert.Equal(CapaianCalculator.Calculate(polarity, range.Lower, below, p), CapaianCalculator.CalculateRange(polarity, range.Lower, range.Upper, below, p));
                }

                // A range of one value is that value's target (decisions D10): [0, 0] follows the zero-target policy.
                var expected = r.Value > range.Upper ? CapaianCalculator.Calculate(polarity, range.Upper, r.Value, p)
                    : r.Value < range.Lower ? CapaianCalculator.Calculate(polarity, range.Lower, r.Value, p)
                    : range.Lower == range.Upper ? CapaianCalculator.Calculate(polarity, range.Lower, r.Value, p)
                    : CapaianResult.Computed(100m, p.Cap);
                Assert.Equal(expected, CapaianCalculator.Calculate(polarity, Target.Between(range.Lower, range.Upper), r.Value, p));
            }
        }
    }

    [KinerjaProperty]
    public void Calculate_WithCap_NeverExceedsCapAndKeepsRawFigure(TargetFigure t, RealisasiFigure r, bool zeroTarget, CapaianPolicy policy, CapFigure cap)
    {
        var target = zeroTarget ? 0m : t.Value;
        var uncappedPolicy = policy with { Cap = null };
        var cappedPolicy = policy with { Cap = cap.Value };

        // Besides R itself, the R whose positive capaian is the cap, or just above it.
        var atCap = target * cap.Value / 100m;
        var justAboveCap = target * (cap.Value + 0.0005m) / 100m;
        foreach (var polarity in Polarities)
        {
            foreach (var realisasi in new[] { r.Value, atCap, justAboveCap })
            {
                var raw = CapaianCalculator.Calculate(polarity, target, realisasi, uncappedPolicy);
                var capped = CapaianCalculator.Calculate(polarity, target, realisasi, cappedPolicy);
                AssertCapped(raw, capped, cap.Value);
            }
        }
    }

    [KinerjaProperty]
    public void CalculateRange_WithCap_NeverExceedsCapAndKeepsRawFigure(RangeTarget range, RealisasiFigure r, CapaianPolicy policy, CapFigure cap)
    {
        foreach (var polarity in Polarities)
        {
            var raw = CapaianCalculator.CalculateRange(polarity, range.Lower, range.Upper, r.Value, policy with { Cap = null });
            var capped = CapaianCalculator.CalculateRange(polarity, range.Lower, range.Upper, r.Value, policy with { Cap = cap.Value });
            AssertCapped(raw, capped, cap.Value);
        }
    }

    [KinerjaProperty]
    public void CalculateGrade_WithCap_NeverExceedsCapAndKeepsRawFigure(SameGrade grade, CapaianPolicy policy, CapFigure cap)
    {
        // Compare the lowest grade of the scale with the given one, and the other way round.
        var lowest = grade.Scale.Grades[0].Key;
        foreach (var (t, r) in new[] { (lowest, grade.Realisasi), (grade.Target, lowest) })
        {
            var raw = CapaianCalculator.CalculateGrade(grade.Scale, t, r, policy with { Cap = null });
            var capped = CapaianCalculator.CalculateGrade(grade.Scale, t, r, policy with { Cap = cap.Value });
            AssertCapped(raw, capped, cap.Value);
        }
    }

    [KinerjaProperty]
    public void Calculate_ZeroTarget_FollowsZeroTargetRule(RealisasiFigure r, bool negativeRealisasi, CapaianPolicy policy)
    {
        var realisasi = negativeRealisasi ? -r.Value : r.Value;
        foreach (var polarity in Polarities)
        {
            var result = CapaianCalculator.Calculate(polarity, 0m, realisasi, policy);
            Assert.Equal(CapaianReason.ZeroTarget, result.Reason);
            switch (policy.ZeroTarget)
            {
                case ZeroTargetRule.NotComputable:
                    Assert.Equal(CapaianStatus.NotComputable, result.Status);
                    Assert.Null(result.Value);
                    break;
                case ZeroTargetRule.Zero:
                    Assert.Equal(CapaianResult.Computed(0m, policy.Cap, CapaianReason.ZeroTarget), result);
                    break;
                default:
                    var met = polarity switch
                    {
                        Polarity.Positive => realisasi >= 0m,
                        Polarity.Negative => realisasi <= 0m,
                        _ => realisasi == 0m,
                    };
                    Assert.Equal(CapaianResult.Computed(met ? 100m : 0m, policy.Cap, CapaianReason.ZeroTarget), result);
                    break;
            }
        }
    }

    [KinerjaProperty]
    public void Calculate_InverseRatioZeroRealisasi_FollowsRealisasiZeroPolicy(TargetFigure t, CapaianPolicy policy)
    {
        var p = policy with { NegativeFormula = NegativePolarityFormula.InverseRatio };
        var result = CapaianCalculator.Calculate(Polarity.Negative, t.Value, 0m, p);
        var expected = p.CapaianWhenRealisasiZero is { } given
            ? CapaianResult.Computed(given, p.Cap, CapaianReason.ZeroRealisasi)
            : CapaianResult.NotComputable(CapaianReason.ZeroRealisasi);
        Assert.Equal(expected, result);
    }

    private static void AssertHundred(CapaianResult result, CapaianPolicy policy)
    {
        Assert.Equal(CapaianStatus.Computed, result.Status);
        Assert.Equal(CapaianReason.None, result.Reason);
        Assert.Equal(100m, result.UncappedValue);
        Assert.Equal(policy.Cap is { } c && c < 100m ? c : 100m, result.Value);
    }

    private static void AssertCapped(CapaianResult raw, CapaianResult capped, decimal cap)
    {
        Assert.Equal(raw.Status, capped.Status);
        Assert.Equal(raw.Reason, capped.Reason);
        Assert.Equal(raw.UncappedValue, capped.UncappedValue);
        if (raw.Value is { } v)
        {
            Assert.True(capped.Value <= cap, $"{capped} exceeds cap {cap}");
            Assert.Equal(Math.Min(v, cap), capped.Value);
            Assert.Equal(v > cap, capped.IsCapped);
        }
        else
        {
            Assert.Null(capped.Value);
        }
    }
}
