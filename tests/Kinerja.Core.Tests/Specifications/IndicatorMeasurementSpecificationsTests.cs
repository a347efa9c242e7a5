using Kinerja.Core.Agreements;
using Kinerja.Core.Capaian;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Specifications;
using static Kinerja.Core.Tests.Specifications.Rows;

namespace Kinerja.Core.Tests.Specifications;

public class IndicatorMeasurementSpecificationsTests
{
    private static readonly Specification<IndicatorMeasurement> All = new();

    private static readonly CategoryBand[] Bands = [.. CategoryScales.Permendagri86.Bands];

    private static string[] Keys(Specification<IndicatorMeasurement> spec) =>
        [.. spec.Evaluate(Sample).Select(m => m.KecamatanCode + "/" + m.UnitCode + "/" + m.IndicatorId + "/" + m.Triwulan.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void OfKabupaten_KeepsThatKabupaten() =>
        Assert.Equal(["AJB/PEM/IK1/1", "AJB/PEM/IK3/2"], Keys(All.OfKabupaten("3302")));

    [Fact]
    public void OfKecamatan_KeepsThatKecamatan() =>
        Assert.Equal(["KTM/PEM/IK1/1", "KTM/PEM/IK1/4"], Keys(All.OfKecamatan("KTM")));

    [Fact]
    public void OfUnit_KeepsThatUnit() =>
        Assert.Equal(["BBS/UMUM/IK2/1", "BBS/UMUM/IK2/3"], Keys(All.OfUnit("UMUM")));

    [Fact]
    public void OfKecamatan_ComparesExactly() =>
        Assert.Empty(Keys(All.OfKecamatan("bbs")));

    [Fact]
    public void InTriwulan_KeepsThatQuarter() =>
        Assert.Equal(["BBS/PEM/IK1/2", "AJB/PEM/IK3/2"], Keys(All.InTriwulan(2)));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void InTriwulan_OutOfRange_ThrowsNamingTheRange(int triwulan)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(nameof(triwulan), () => All.InTriwulan(triwulan));
        Assert.StartsWith("Value should be in range [1-4].", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotReported_KeepsRowsWithoutRealisasi() =>
        Assert.Equal(["BBS/PEM/IK1/2", "KTM/PEM/IK1/4"], Keys(All.NotReported()));

    [Fact]
    public void Reported_KeepsRowsWithRealisasiIncludingZero()
    {
        Assert.Equal(6, Keys(All.Reported()).Length);
        Assert.Contains("BBS/UMUM/IK2/3", Keys(All.Reported()));
    }

    [Fact]
    public void Verbs_Chain_AllHold() =>
        Assert.Equal(["BBS/UMUM/IK2/1"], Keys(All.OfKabupaten("3303").OfKecamatan("BBS").OfUnit("UMUM").InTriwulan(1).Reported()));

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("code", () => All.OfKabupaten(null!));
        Assert.Throws<ArgumentNullException>("code", () => All.OfKecamatan(null!));
        Assert.Throws<ArgumentNullException>("code", () => All.OfUnit(null!));
        Assert.Throws<ArgumentNullException>("band", () => All.InCategory(null!));
        Assert.Throws<ArgumentNullException>("policy", () => All.InCategory(Bands[0], null!));
        Assert.Throws<ArgumentNullException>("specification", () => ((Specification<IndicatorMeasurement>)null!).Reported());
    }

    // Permendagri 86: (-∞, 51) [51, 66) [66, 76) [76, 91) [91, ∞).
    [Theory]
    [InlineData(100, 50.99, 0)]
    [InlineData(100, 51, 1)]
    [InlineData(100, 65.999, 1)]
    [InlineData(100, 66, 2)]
    [InlineData(100, 76, 3)]
    [InlineData(100, 90.9999, 3)]
    [InlineData(100, 91, 4)]
    [InlineData(3, 2.73, 4)]    // 91 exactly: 273/3
    [InlineData(3, 2.7299, 3)]  // 90.9966...
    [InlineData(7, 5.32, 3)]    // 76 exactly: 532/7
    [InlineData(7, 5.3199, 2)]
    [InlineData(100, 250, 4)]
    [InlineData(100, 0, 0)]
    public void InCategory_Positive_ExactlyOneBandAtEveryBoundary(double target, double realisasi, int band)
    {
        var row = Row(target: (decimal)target, realisasi: (decimal)realisasi);
        Assert.Equal([band], BandsOf(row));
        Assert.Equal(band, CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact).IndexOf(CapaianCalculator.Calculate(Polarity.Positive, (decimal)target, (decimal)realisasi, CapaianPolicy.Default).Value!.Value));
    }

    /// <summary>D47: a band's own interval is on the exact figure; the printed figure's band is filtered with the scale's
    /// <see cref="CategoryScale.ExactBands"/>, whose bounds sit on the half-cents (Tinggi is [75.995, 90.995)).</summary>
    [Theory]
    [InlineData(100, 90.9999, 4)]   // prints 91,00
    [InlineData(100, 90.995, 4)]    // prints 91,00: the half rounds away from zero
    [InlineData(100, 90.9949, 3)]   // prints 90,99
    [InlineData(3, 2.7299, 4)]      // 90.9966... prints 91,00
    [InlineData(100, 75.995, 3)]    // prints 76,00
    [InlineData(100, 75.9949, 2)]
    public void InCategory_ExactBandsOfThePrintedScale_FiltersThePrintedFiguresBand(double target, double realisasi, int band)
    {
        var scale = CategoryScales.Permendagri86;
        var row = Row(target: (decimal)target, realisasi: (decimal)realisasi);
        var matched = Enumerable.Range(0, scale.Bands.Count).Where(i => All.InCategory(scale.ExactBands[i], CapaianPolicy.Default).IsSatisfiedBy(row)).ToArray();

        Assert.Equal([band], matched);
        Assert.Equal(band, scale.IndexOf(CapaianCalculator.Calculate(Polarity.Positive, (decimal)target, (decimal)realisasi, CapaianPolicy.Default).Value!.Value));
    }

    // Negative (2T − R)/T: T = 10, R = 10 → 100; R = 10.9 → 91; R = 15 → 50; R = 25 → −50 (no floor: still lowest band).
    [Theory]
    [InlineData(10, 10, 4)]
    [InlineData(10, 10.9, 4)]
    [InlineData(10, 10.9001, 3)]
    [InlineData(10, 12.4, 3)]    // 76 exactly
    [InlineData(10, 12.4001, 2)]
    [InlineData(10, 14.9, 1)]    // 51 exactly
    [InlineData(10, 14.91, 0)]
    [InlineData(10, 25, 0)]
    [InlineData(10, 0, 4)]       // 200
    [InlineData(3, 3.27, 4)]     // (6 − 3.27)/3 = 91 exactly
    public void InCategory_Negative_ExactlyOneBandAtEveryBoundary(double target, double realisasi, int band) =>
        Assert.Equal([band], BandsOf(Row(target: (decimal)target, realisasi: (decimal)realisasi, polarity: Polarity.Negative)));

    [Fact]
    public void InCategory_RowsWithoutACapaian_InNoBand()
    {
        Assert.Empty(BandsOf(Row(target: 0m, realisasi: 5m)));
        Assert.Empty(BandsOf(Row(target: null, realisasi: 5m)));
        Assert.Empty(BandsOf(Row(target: 100m, realisasi: null)));
        Assert.Empty(BandsOf(Row(target: -10m, realisasi: 5m)));
        Assert.Empty(BandsOf(Row(target: 100m, realisasi: 100m, polarity: Polarity.KeepStable)));
        Assert.Empty(BandsOf(Row(target: 80m, targetUpper: 90m, realisasi: 85m)));
    }

    [Fact]
    public void InCategory_WithDefaultPolicy_FloorsAtZero()
    {
        // −50 floored to 0 stays in the lowest band here; on a scale whose bands split below 0 it moves.
        var row = Row(target: 10m, realisasi: 25m, polarity: Polarity.Negative);
        var split = CategoryScale.Create("split", [new CategoryBand("neg", null, false, 0m, false), new CategoryBand("pos", 0m, true, null, false)]).Value!;
        Assert.True(All.InCategory(split.Bands[0]).IsSatisfiedBy(row));
        Assert.False(All.InCategory(split.Bands[1]).IsSatisfiedBy(row));
        Assert.False(All.InCategory(split.Bands[0], CapaianPolicy.Default).IsSatisfiedBy(row));
        Assert.True(All.InCategory(split.Bands[1], CapaianPolicy.Default).IsSatisfiedBy(row));
    }

    [Fact]
    public void InCategory_WithCap_CountsAsTheCap()
    {
        // Capaian 130 capped at 120: on a scale with a band [100, 125) and [125, ∞) it is in the first.
        var row = Row(target: 100m, realisasi: 130m);
        var scale = CategoryScale.Create("cap", [new CategoryBand("lo", null, false, 100m, false), new CategoryBand("mid", 100m, true, 125m, false), new CategoryBand("hi", 125m, true, null, false)]).Value!;
        var policy = CapaianPolicy.Default with { Cap = 120m };
        Assert.True(All.InCategory(scale.Bands[2]).IsSatisfiedBy(row));
        Assert.True(All.InCategory(scale.Bands[1], policy).IsSatisfiedBy(row));
        Assert.False(All.InCategory(scale.Bands[2], policy).IsSatisfiedBy(row));
    }

    [Theory]
    [InlineData(ZeroTargetRule.Zero, Polarity.Positive, 5, 0)]
    [InlineData(ZeroTargetRule.HundredWhenMet, Polarity.Positive, 5, 4)]
    [InlineData(ZeroTargetRule.HundredWhenMet, Polarity.Negative, 5, 0)]
    [InlineData(ZeroTargetRule.HundredWhenMet, Polarity.Negative, 0, 4)]
    public void InCategory_ZeroTargetRule_AsTheCalculator(ZeroTargetRule rule, Polarity polarity, int realisasi, int band)
    {
        var policy = CapaianPolicy.Default with { ZeroTarget = rule };
        var row = Row(target: 0m, realisasi: realisasi, polarity: polarity);
        Assert.Equal([band], Bands.Select((b, i) => (b, i)).Where(x => All.InCategory(x.b, policy).IsSatisfiedBy(row)).Select(x => x.i));
        Assert.Equal(band, CategoryScales.Permendagri86.IndexOf(CapaianCalculator.Calculate(polarity, 0m, realisasi, policy).Value!.Value));
    }

    [Fact]
    public void InCategory_InverseRatioPolicy_Throws()
    {
        var e = Assert.Throws<ArgumentException>("policy", () => All.InCategory(Bands[0], CapaianPolicy.Default with { NegativeFormula = NegativePolarityFormula.InverseRatio }));
        Assert.Contains("InverseRatio", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InCategory_Filter_HasNoDivision()
    {
        var filter = All.InCategory(Bands[2], CapaianPolicy.Default with { Cap = 150m }).Filters[0].ToString();
        Assert.DoesNotContain("/", filter, StringComparison.Ordinal);
    }

    private static int[] BandsOf(IndicatorMeasurement row) =>
        [.. Bands.Select((b, i) => (b, i)).Where(x => All.InCategory(x.b).IsSatisfiedBy(row)).Select(x => x.i)];
}
