using System.Globalization;
using Kinerja.Core.Capaian;
using Kinerja.Core.Presentation;
using Kinerja.Core.Recap;
using Kinerja.Core.Scales;
using Kinerja.Core.Serialization;

namespace Kinerja.Core.Tests.Scales;

/// <summary>
/// D47, issue 15: "A capaian of 90,004 prints "90,00" and grades AA on the SAKIP scale; 90,996 prints "91,00" and is
/// Tinggi on Permendagri 86: what the officer reads and the category disagree." A scale classifies the printed figure
/// by default (<see cref="CapaianFormat.Round"/>: two decimals, half away from zero); <see cref="CategoryBasis.Exact"/>
/// keeps the earlier reading. The stored figure stays exact either way.
/// </summary>
public class CategoryBasisTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("90.996", "91,00", "Sangat Tinggi", "Tinggi")]      // the case
    [InlineData("90.004", "90,00", "Tinggi", "Tinggi")]
    [InlineData("90.995", "91,00", "Sangat Tinggi", "Tinggi")]      // x.xx5 rounds away from zero
    [InlineData("90.9949999999", "90,99", "Tinggi", "Tinggi")]
    [InlineData("75.995", "76,00", "Tinggi", "Sedang")]
    [InlineData("75.9949", "75,99", "Sedang", "Sedang")]
    [InlineData("50.995", "51,00", "Rendah", "Sangat Rendah")]
    [InlineData("91", "91,00", "Sangat Tinggi", "Sangat Tinggi")]
    public void Permendagri86_PrintedAndExact_AsWorkedOut(string capaian, string printed, string onPrinted, string onExact)
    {
        var value = D(capaian);

        Assert.Equal(printed, CapaianFormat.Format(value));
        Assert.Equal(onPrinted, CategoryScales.Permendagri86.Classify(value).Label);
        Assert.Equal(onExact, CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact).Classify(value).Label);
    }

    [Theory]
    [InlineData("90.004", "90,00", "A", "AA")]         // the case: 90 is A under the default boundary
    [InlineData("90.005", "90,01", "AA", "AA")]         // x.xx5 rounds away from zero, past 90
    [InlineData("90.0049999", "90,00", "A", "AA")]
    [InlineData("90.996", "91,00", "AA", "AA")]
    [InlineData("80.001", "80,00", "BB", "A")]
    [InlineData("30.004", "30,00", "D", "C")]
    public void SakipGrades_PrintedAndExact_AsWorkedOut(string score, string printed, string onPrinted, string onExact)
    {
        var value = D(score);

        Assert.Equal(printed, CapaianFormat.Format(value));
        Assert.Equal(onPrinted, CategoryScales.SakipGrades.Classify(value).Code);
        Assert.Equal(onExact, CategoryScales.SakipGrades.WithBasis(CategoryBasis.Exact).Classify(value).Code);
    }

    [Theory]
    [InlineData("89.995", "AA", "A")]     // prints 90,00: AA when 90 belongs to the upper grade
    [InlineData("89.9949", "A", "A")]
    [InlineData("90.004", "AA", "AA")]
    public void SakipLowerInclusive_PrintedAndExact_AsWorkedOut(string score, string onPrinted, string onExact)
    {
        var scale = CategoryScales.Sakip(SakipBoundary.LowerInclusive);

        Assert.Equal(onPrinted, scale.Classify(D(score)).Code);
        Assert.Equal(onExact, scale.WithBasis(CategoryBasis.Exact).Classify(D(score)).Code);
    }

    [Fact]
    public void Classify_NegativeHalf_RoundsAwayFromZeroLikeThePrint()
    {
        // Bands (-∞, -10) and [-10, ∞): -10.005 prints -10,01 (below), -10.004 prints -10,00 (at the bound).
        var scale = CategoryScale.Create("neg", [new CategoryBand("low", null, false, -10m, false), new CategoryBand("high", -10m, true, null, false)]).Value!;

        Assert.Equal("-10,01", CapaianFormat.Format(-10.005m));
        Assert.Equal("low", scale.Classify(-10.005m).Label);
        Assert.Equal("high", scale.Classify(-10.004m).Label);
        Assert.Equal("(-∞, -10.005]", scale.ExactBands[0].Interval);
        Assert.Equal("(-10.005, ∞)", scale.ExactBands[1].Interval);
    }

    [Fact]
    public void ExactBands_Permendagri86_SitOnTheHalfCents()
    {
        Assert.Equal(
            ["(-∞, 50.995)", "[50.995, 65.995)", "[65.995, 75.995)", "[75.995, 90.995)", "[90.995, ∞)"],
            CategoryScales.Permendagri86.ExactBands.Select(b => b.Interval));
        Assert.Equal(CategoryScales.Permendagri86.Bands.Select(b => b.Label), CategoryScales.Permendagri86.ExactBands.Select(b => b.Label));
        Assert.Equal(["[80.005, 90.005)", "[90.005, ∞)"], CategoryScales.SakipGrades.ExactBands.Skip(5).Select(b => b.Interval));
        Assert.Same(CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact).Bands, CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact).ExactBands);
    }

    [Fact]
    public void ExactBands_BandNoPrintedFigureReaches_IsEmpty()
    {
        var scale = CategoryScale.Create("thin", [
            new CategoryBand("low", null, false, 90.001m, false),
            new CategoryBand("thin", 90.001m, true, 90.004m, false),
            new CategoryBand("high", 90.004m, true, null, false)]).Value!;

        Assert.Equal("[90.005, 90.005)", scale.ExactBands[1].Interval);
        Assert.Equal("low", scale.Classify(90.004m).Label);     // prints 90,00
        Assert.Equal("high", scale.Classify(90.005m).Label);    // prints 90,01
        Assert.Equal("thin", scale.WithBasis(CategoryBasis.Exact).Classify(90.002m).Label);
    }

    [Fact]
    public void Defaults_ArePrinted_AndWithBasisKeepsNameAndBands()
    {
        Assert.Equal(CategoryBasis.Printed, CategoryScales.Permendagri86.Basis);
        Assert.Equal(CategoryBasis.Printed, CategoryScales.SakipGrades.Basis);
        Assert.Equal(CategoryBasis.Printed, RecapPolicy.Default.Scale.Basis);
        var exact = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact);
        Assert.Equal(CategoryScales.Permendagri86.Name, exact.Name);
        Assert.Same(CategoryScales.Permendagri86.Bands, exact.Bands);
        Assert.Same(exact, exact.WithBasis(CategoryBasis.Exact));
        Assert.Throws<ArgumentOutOfRangeException>("basis", () => exact.WithBasis((CategoryBasis)7));
    }

    [Fact]
    public void CapaianResult_Classify_UsesThePrintedFigureAndKeepsTheExactOne()
    {
        // R = 90.996, T = 100: the stored capaian stays 90.996; the category is that of the printed 91,00.
        var result = CapaianCalculator.Calculate(Kinerja.Core.Agreements.Polarity.Positive, 100m, 90.996m, CapaianPolicy.Default);

        Assert.Equal(90.996m, result.Value);
        Assert.Equal("Sangat Tinggi", result.Classify(CategoryScales.Permendagri86)!.Label);
        Assert.Equal("Tinggi", result.Classify(CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact))!.Label);
    }

    [Fact]
    public void Json_ClassifyOn_WrittenOnlyWhenExact_AndReadBack()
    {
        var exact = CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact);
        var written = KinerjaJson.Write(exact);

        Assert.Contains("\"classifyOn\": \"exact\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("classifyOn", KinerjaJson.Write(CategoryScales.Permendagri86), StringComparison.Ordinal);
        Assert.Equal(CategoryBasis.Exact, KinerjaJson.ReadCategoryScale(written).Value.Basis);
        Assert.Equal(CategoryBasis.Printed, KinerjaJson.ReadCategoryScale(written.Replace("\"exact\"", "\"printed\"", StringComparison.Ordinal)).Value.Basis);

        // A document written before D47 has no classifyOn: it reads as the default, the printed figure.
        Assert.Equal(CategoryBasis.Printed, KinerjaJson.ReadCategoryScale(KinerjaJson.Write(CategoryScales.Permendagri86)).Value.Basis);
    }

    [Fact]
    public void Json_ClassifyOnUnknown_IsAProblemNamingTheValue()
    {
        var json = KinerjaJson.Write(CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact)).Replace("\"exact\"", "\"rounded\"", StringComparison.Ordinal);

        var problem = Assert.Single(KinerjaJson.ReadCategoryScale(json).Problems);
        Assert.Equal("$.classifyOn", problem.Path);
        Assert.Contains("rounded", problem.Message, StringComparison.Ordinal);
    }
}
