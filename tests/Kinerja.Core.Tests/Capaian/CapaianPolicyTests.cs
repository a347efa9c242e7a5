using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;

namespace Kinerja.Core.Tests.Capaian;

/// <summary>The documented defaults of <see cref="CapaianPolicy"/> (docs/decisions.md) and its setter errors.</summary>
public class CapaianPolicyTests
{
    [Fact]
    public void Default_FloorsAtZero()
    {
        Assert.True(CapaianPolicy.Default.FloorAtZero);
        Assert.True(new CapaianPolicy().FloorAtZero);
    }

    [Fact]
    public void Calculate_DefaultPolicyNegativeFarAboveTarget_IsZeroNotNegative()
    {
        // Negative polarity, T = 10, R = 30: (2 × 10 − 30) / 10 × 100 = −100, floored to 0 by default.
        Assert.Equal(0m, CapaianCalculator.Calculate(Polarity.Negative, 10m, 30m, CapaianPolicy.Default).Value);
        Assert.Equal(-100m, CapaianCalculator.Calculate(Polarity.Negative, 10m, 30m, CapaianPolicy.Default with { FloorAtZero = false }).Value);
    }

    [Fact]
    public void CapaianWhenRealisasiZero_Negative_ThrowsNamingTheRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CapaianPolicy.Default with { CapaianWhenRealisasiZero = -1m });
        Assert.Equal(nameof(CapaianPolicy.CapaianWhenRealisasiZero), e.ParamName);
        Assert.StartsWith("Value should be 0 or more.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Cap_NotAboveZero_ThrowsNamingTheRange(string cap)
    {
        var value = decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CapaianPolicy.Default with { Cap = value });
        Assert.Equal(nameof(CapaianPolicy.Cap), e.ParamName);
        Assert.StartsWith("Value should be above 0.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NamesEveryChoice()
    {
        Assert.Equal("negative=TwoMinusRatio, floorAtZero=True, zeroTarget=NotComputable, realisasiZero=null, cap=null", CapaianPolicy.Default.ToString());
        Assert.Equal(
            "negative=InverseRatio, floorAtZero=False, zeroTarget=Zero, realisasiZero=100, cap=120",
            new CapaianPolicy { NegativeFormula = NegativePolarityFormula.InverseRatio, FloorAtZero = false, ZeroTarget = ZeroTargetRule.Zero, CapaianWhenRealisasiZero = 100m, Cap = 120m }.ToString());
    }
}
