using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests.Scales;

/// <summary>
/// Scale boundaries. Sources: Permendagri 86/2017 (evaluasi hasil RKPD/Renja: "91 ≤ 100" Sangat Tinggi,
/// "76 ≤ 90" Tinggi, "66 ≤ 75" Sedang, "51 ≤ 65" Rendah, "≤ 50" Sangat Rendah); LKjIP 2019 Inspektorat
/// Kab. Sampang, Tabel 3.1 (same bounds labelled Sangat Baik ... Sangat Kurang); SAKIP grades as
/// implemented by open e-SAKIP applications (PermenPANRB 88/2021).
/// </summary>
public class CategoryScalesTests
{
    [Theory]
    [InlineData("-5", "Sangat Rendah")]
    [InlineData("0", "Sangat Rendah")]
    [InlineData("50", "Sangat Rendah")]
    [InlineData("50.99", "Sangat Rendah")]
    [InlineData("51", "Rendah")]
    [InlineData("65", "Rendah")]
    [InlineData("65.5", "Rendah")]
    [InlineData("66", "Sedang")]
    [InlineData("75.99", "Sedang")]
    [InlineData("76", "Tinggi")]
    [InlineData("90", "Tinggi")]
    [InlineData("90.5", "Tinggi")]
    [InlineData("91", "Sangat Tinggi")]
    [InlineData("100", "Sangat Tinggi")]
    [InlineData("250", "Sangat Tinggi")]
    public void Permendagri86_EveryPrintedBoundary_ClassifiesAsDocumented(string capaian, string label) =>
        Assert.Equal(label, CategoryScales.Permendagri86.Classify(decimal.Parse(capaian, System.Globalization.CultureInfo.InvariantCulture)).Label);

    [Theory]
    [InlineData("50", "Sangat Kurang")]
    [InlineData("51", "Kurang")]
    [InlineData("66", "Cukup")]
    [InlineData("76", "Baik")]
    [InlineData("91", "Sangat Baik")]
    public void Permendagri86Baik_SameBoundsOtherLabels(string capaian, string label) =>
        Assert.Equal(label, CategoryScales.Permendagri86Baik.Classify(decimal.Parse(capaian, System.Globalization.CultureInfo.InvariantCulture)).Label);

    [Theory]
    [InlineData("-1", "D", "D")]
    [InlineData("0", "D", "D")]
    [InlineData("30", "D", "C")]
    [InlineData("30.01", "C", "C")]
    [InlineData("50", "C", "CC")]
    [InlineData("60", "CC", "B")]
    [InlineData("70", "B", "BB")]
    [InlineData("80", "BB", "A")]
    [InlineData("90", "A", "AA")]
    [InlineData("90.01", "AA", "AA")]
    [InlineData("100", "AA", "AA")]
    [InlineData("120", "AA", "AA")]
    public void Sakip_BoundarySide_IsExplicit(string value, string upperInclusive, string lowerInclusive)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(upperInclusive, CategoryScales.Sakip(SakipBoundary.UpperInclusive).Classify(v).Code);
        Assert.Equal(lowerInclusive, CategoryScales.Sakip(SakipBoundary.LowerInclusive).Classify(v).Code);
        Assert.Equal(upperInclusive, CategoryScales.SakipGrades.Classify(v).Code);
    }

    [Fact]
    public void Permendagri86_BandsAreHalfOpenFromLowestToHighest()
    {
        var intervals = CategoryScales.Permendagri86.Bands.Select(b => b.Interval).ToArray();
        Assert.Equal(new[] { "(-∞, 51)", "[51, 66)", "[66, 76)", "[76, 91)", "[91, ∞)" }, intervals);
    }
}
