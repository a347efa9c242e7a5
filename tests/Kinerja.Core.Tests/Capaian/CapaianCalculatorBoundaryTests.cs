using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;

namespace Kinerja.Core.Tests.Capaian;

/// <summary>
/// Boundaries of <see cref="CapaianCalculator"/> that the worked examples in
/// <see cref="CapaianCalculatorTests"/> do not reach: argument errors, a realisasi exactly on a range
/// bound, and figures beyond the range of decimal (≈ 7.9 × 10²⁸) for each polarity and for grades.
/// Expected values are from docs/indicators.md and the policy defaults in docs/decisions.md.
/// </summary>
public class CapaianCalculatorBoundaryTests
{
    // 7 × 10²⁸: twice it, or its distance to −7 × 10²⁸, is beyond decimal.
    private const decimal Huge = 70_000_000_000_000_000_000_000_000_000m;

    [Fact]
    public void CalculateRange_NullPolicy_ThrowsNamingPolicy()
    {
        var e = Assert.Throws<ArgumentNullException>(() => CapaianCalculator.CalculateRange(Polarity.Positive, 1m, 2m, 1m, null!));
        Assert.Equal("policy", e.ParamName);
    }

    [Fact]
    public void CalculateRange_LowerAboveUpper_ThrowsNamingBothBounds()
    {
        var e = Assert.Throws<ArgumentException>(() => CapaianCalculator.CalculateRange(Polarity.Positive, 5m, 3m, 4m, CapaianPolicy.Default));
        Assert.Equal("lower", e.ParamName);
        Assert.StartsWith("The range's lower bound 5 is above its upper bound 3.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NullTarget_ThrowsNamingTarget()
    {
        var e = Assert.Throws<ArgumentNullException>(() => CapaianCalculator.Calculate(Polarity.Positive, (Target)null!, 1m, CapaianPolicy.Default));
        Assert.Equal("target", e.ParamName);
    }

    [Fact]
    public void Calculate_UnorderedRangeTarget_ThrowsNamingTarget()
    {
        var e = Assert.Throws<ArgumentException>(() => CapaianCalculator.Calculate(Polarity.Positive, Target.Between(5m, 3m), 4m, CapaianPolicy.Default));
        Assert.Equal("target", e.ParamName);
        Assert.Contains("unordered", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Polarity.Positive)]
    [InlineData(Polarity.Negative)]
    [InlineData(Polarity.KeepStable)]
    public void CalculateRange_RealisasiOnAnUpperBoundOfZero_IsInsideTheRange(Polarity polarity)
    {
        // [−5, 0] with R = 0: R is inside the range, so 100 (our policy), not the zero-target rule
        // (which, by default, gives no figure).
        var result = CapaianCalculator.CalculateRange(polarity, -5m, 0m, 0m, CapaianPolicy.Default);

        Assert.Equal(CapaianResult.Computed(100m), result);
    }

    [Fact]
    public void Calculate_KeepStableFarBeyondDecimal_IsNegativeSoFlooredAtZero()
    {
        // T − |T − R| with T = 7e28, R = −7e28: |T − R| = 1.4e29 is beyond decimal; the figure is
        // T − |T − R| < 0 whatever the target's sign, so the default floor gives 0.
        var result = CapaianCalculator.Calculate(Polarity.KeepStable, Huge, -Huge, CapaianPolicy.Default);

        Assert.Equal(CapaianResult.Computed(0m, null, CapaianReason.OutOfRange), result);
    }

    [Fact]
    public void Calculate_KeepStableFarBeyondDecimalWithACap_IsStillFlooredNotCapped()
    {
        var result = CapaianCalculator.Calculate(Polarity.KeepStable, Huge, -Huge, CapaianPolicy.Default with { Cap = 120m });

        Assert.Equal(CapaianResult.Computed(0m, 120m, CapaianReason.OutOfRange), result);
    }

    [Fact]
    public void Calculate_NegativeWithPositiveTargetFarBeyondDecimal_IsCapped()
    {
        // 2T − R with T = 7e28, R = −7e28 is 2.1e29 > 0: the cap when there is one.
        var result = CapaianCalculator.Calculate(Polarity.Negative, Huge, -Huge, CapaianPolicy.Default with { Cap = 150m });

        Assert.Equal(CapaianResult.Computed(150m, 150m, CapaianReason.OutOfRange), result);
    }

    [Fact]
    public void CalculateGrade_ScoresWhoseRatioIsBeyondDecimal_IsNotComputableWithoutACap()
    {
        // score(R) / score(T) × 100 = 7e28 / 0.01 × 100 = 7e32: positive, so not computable with no cap...
        var scale = GradeScale.Create("Lebar", ("R", 0.01m), ("S", Huge)).Value;

        var result = CapaianCalculator.CalculateGrade(scale, "R", "S", CapaianPolicy.Default);

        Assert.Equal(CapaianResult.NotComputable(CapaianReason.OutOfRange), result);
    }

    [Fact]
    public void CalculateGrade_ScoresWhoseRatioIsBeyondDecimal_IsTheCapWithACap()
    {
        // ... and the cap with one (never the floor: scores are positive).
        var scale = GradeScale.Create("Lebar", ("R", 0.01m), ("S", Huge)).Value;

        var result = CapaianCalculator.CalculateGrade(scale, "R", "S", CapaianPolicy.Default with { Cap = 120m, FloorAtZero = true });

        Assert.Equal(CapaianResult.Computed(120m, 120m, CapaianReason.OutOfRange), result);
    }
}
