using Kinerja.Core.Agreements;
using Kinerja.Core.Budget;
using Kinerja.Core.Measurement;
using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests.Budget;

/// <summary>
/// <see cref="SerapanCalculator"/>, <see cref="SerapanResult"/> and <see cref="EfficiencyPolicy"/> beyond
/// <see cref="SerapanCalculatorTests"/>: argument errors, equality, text, and the efficiency bands exactly
/// at the threshold. Serapan = realisasi anggaran / pagu × 100 (docs/indicators.md); pagu of P1 is Rp 400 juta.
/// </summary>
public class SerapanBoundaryTests
{
    private static readonly PerjanjianKinerja Pk = SamplePk.Build();

    [Fact]
    public void Evaluate_NullArguments_ThrowNamingTheArgument()
    {
        var set = MeasurementSet.CreateBuilder(Pk).Build().Value;
        var program = Pk.Programs[0];

        Assert.Equal("pk", Assert.Throws<ArgumentNullException>(() => SerapanCalculator.Evaluate((PerjanjianKinerja)null!, set)).ParamName);
        Assert.Equal("measurements", Assert.Throws<ArgumentNullException>(() => SerapanCalculator.Evaluate(Pk, null!)).ParamName);
        Assert.Equal("program", Assert.Throws<ArgumentNullException>(() => SerapanCalculator.Evaluate((ProgramBudget)null!, set)).ParamName);
        Assert.Equal("measurements", Assert.Throws<ArgumentNullException>(() => SerapanCalculator.Evaluate(program, null!)).ParamName);
    }

    [Fact]
    public void Evaluate_MeasurementsOfAnotherYear_ThrowsNamingBothPks()
    {
        var nextYear = SamplePk.Builder(2027).AddSasaran("S1", "S", s => s.AddIndicator("IK1", "I", i => i.WithSatuan("%").WithAnnualTarget(1m))).Build().Value;
        var wrong = MeasurementSet.CreateBuilder(nextYear).Build().Value;

        var e = Assert.Throws<ArgumentException>(() => SerapanCalculator.Evaluate(Pk, wrong));

        Assert.Equal("measurements", e.ParamName);
        Assert.StartsWith($"The measurements are of PK {nextYear.Key}, not of PK {Pk.Key}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EveryQuarterReported_CumulativeAddsUp()
    {
        // 40 + 60 + 100 + 200 juta of 400 juta: 10, 15, 25, 50 %; to date 40, 100, 200, 400 juta = 10, 25, 50, 100 %.
        var set = MeasurementSet.CreateBuilder(Pk)
            .AddBudget("P1", 1, 40_000_000m).AddBudget("P1", 2, 60_000_000m).AddBudget("P1", 3, 100_000_000m).AddBudget("P1", 4, 200_000_000m)
            .Build().Value;

        var p1 = SerapanCalculator.Evaluate(Pk, set).Single();

        Assert.Same(Pk.Programs[0], p1.Program);
        Assert.Equal(4, p1.ByTriwulan.Count);
        Assert.Equal(new decimal?[] { 40_000_000m, 100_000_000m, 200_000_000m, 400_000_000m }, p1.ByTriwulan.Select(q => q.CumulativeRealisasi));
        Assert.Equal(new decimal?[] { 10m, 15m, 25m, 50m }, p1.ByTriwulan.Select(q => q.Serapan.Value));
        Assert.Equal(new decimal?[] { 10m, 25m, 50m, 100m }, p1.ByTriwulan.Select(q => q.CumulativeSerapan.Value));
        Assert.Equal(Triwulan.III, p1[Triwulan.III].Triwulan);
        Assert.Equal(100_000_000m, p1[Triwulan.III].Realisasi);
    }

    [Fact]
    public void Calculate_ZeroPagu_HasNoFigure()
    {
        Assert.Equal(SerapanResult.None(SerapanStatus.ZeroPagu), SerapanCalculator.Calculate(0m, 5m));
        Assert.Null(SerapanCalculator.Calculate(0m, 5m).Value);
        Assert.Equal(SerapanResult.Computed(2.5m), SerapanCalculator.Calculate(200m, 5m)); // 5 / 200 × 100
    }

    [Fact]
    public void None_ComputedStatus_ThrowsNamingTheAllowedValues()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SerapanResult.None(SerapanStatus.Computed));
        Assert.Equal("status", e.ParamName);
        Assert.StartsWith("Value should be NotReported or ZeroPagu.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_StatusAndValue()
    {
        var a = SerapanResult.Computed(25m);

        Assert.True(a == SerapanResult.Computed(25m));
        Assert.False(a != SerapanResult.Computed(25m));
        Assert.True(a.Equals((object)SerapanResult.Computed(25m)));
        Assert.Equal(a.GetHashCode(), SerapanResult.Computed(25m).GetHashCode());
        Assert.True(a != SerapanResult.Computed(26m));
        Assert.False(a.Equals(SerapanResult.Computed(26m)));
        Assert.False(a.Equals("25"));
        // Same (absent) value, different status.
        Assert.True(SerapanResult.None(SerapanStatus.NotReported) != SerapanResult.None(SerapanStatus.ZeroPagu));
        Assert.False(SerapanResult.None(SerapanStatus.NotReported).Equals(SerapanResult.None(SerapanStatus.ZeroPagu)));
        Assert.NotEqual(SerapanResult.None(SerapanStatus.NotReported).GetHashCode(), SerapanResult.None(SerapanStatus.ZeroPagu).GetHashCode());
    }

    [Fact]
    public void ToString_FigureOrStatus()
    {
        Assert.Equal("37.5", SerapanResult.Computed(37.5m).ToString());
        Assert.Equal("ZeroPagu", SerapanResult.None(SerapanStatus.ZeroPagu).ToString());
        Assert.Equal("threshold=5", EfficiencyPolicy.Default.ToString());
    }

    [Theory]
    [InlineData("85", "80", Efficiency.CukupEfisien)]       // d = 5: at the threshold, not above it
    [InlineData("85.005", "80", Efficiency.Efisien)]        // printed 85,01: d = 5.01
    [InlineData("85.0049", "80", Efficiency.CukupEfisien)]  // printed 85,00: d = 5, as the report reads
    [InlineData("90.004", "84.999", Efficiency.CukupEfisien)] // printed 90,00 and 85,00 (exact d = 5.005)
    [InlineData("75", "80", Efficiency.CukupEfisien)]       // d = −5: at −threshold
    [InlineData("74.995", "80", Efficiency.CukupEfisien)]   // prints 75,00 (half away from zero): d = −5 (exact −5.005)
    [InlineData("74.9949", "80", Efficiency.TidakEfisien)]  // printed 74,99: d = −5.01
    public void Classify_DefaultThreshold_OnThePrintedFigures(string capaian, string serapan, Efficiency expected)
    {
        Assert.Equal(5m, EfficiencyPolicy.Default.Threshold);
        Assert.Equal(CategoryBasis.Printed, EfficiencyPolicy.Default.Basis);
        Assert.Equal(expected, EfficiencyPolicy.Default.Classify(D(capaian), D(serapan)));
    }

    [Theory]
    [InlineData("85", "80", Efficiency.CukupEfisien)]       // d = 5: at the threshold, not above it
    [InlineData("85.0001", "80", Efficiency.Efisien)]
    [InlineData("90.004", "84.999", Efficiency.Efisien)]    // d = 5.005
    [InlineData("75", "80", Efficiency.CukupEfisien)]       // d = −5: at −threshold
    [InlineData("74.9999", "80", Efficiency.TidakEfisien)]
    public void Classify_ExactBasis_BoundsBelongToCukupEfisien(string capaian, string serapan, Efficiency expected)
    {
        var exact = EfficiencyPolicy.Default with { Basis = CategoryBasis.Exact };
        Assert.Equal("threshold=5, basis=exact", exact.ToString());
        Assert.Equal(expected, exact.Classify(D(capaian), D(serapan)));
    }

    [Fact]
    public void Basis_Undefined_ThrowsNamingTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EfficiencyPolicy.Default with { Basis = (CategoryBasis)2 });
        Assert.Equal(nameof(EfficiencyPolicy.Basis), e.ParamName);
        Assert.Equal((CategoryBasis)2, e.ActualValue);
    }

    [Fact]
    public void Threshold_Negative_ThrowsNamingTheRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EfficiencyPolicy.Default with { Threshold = -0.01m });
        Assert.Equal(nameof(EfficiencyPolicy.Threshold), e.ParamName);
        Assert.StartsWith("Value should be 0 or more.", e.Message, StringComparison.Ordinal);
        Assert.Equal(0m, (EfficiencyPolicy.Default with { Threshold = 0m }).Threshold);
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
