using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests.Scales;

/// <summary>
/// <see cref="NilaiCapaian.Category"/> at each band edge of the PermenPANRB 8/2021 conversion:
/// above 100 Sangat Baik, 100 Baik (Sangat Baik when the target is the maximum), 80 to below 100 Cukup,
/// 60 to below 80 Kurang, below 60 Sangat Kurang.
/// </summary>
public class NilaiCapaianCategoryTests
{
    [Theory]
    [InlineData("100.01", false, "Sangat Baik")]
    [InlineData("100", false, "Baik")]
    [InlineData("100", true, "Sangat Baik")]
    [InlineData("99.99", false, "Cukup")]
    [InlineData("80", false, "Cukup")]
    [InlineData("79.99", false, "Kurang")]
    [InlineData("60", false, "Kurang")]
    [InlineData("59.99", false, "Sangat Kurang")]
    [InlineData("0", false, "Sangat Kurang")]
    public void Category_AtEachEdge(string capaian, bool targetIsMaximum, string expected) =>
        Assert.Equal(expected, NilaiCapaian.Category(decimal.Parse(capaian, System.Globalization.CultureInfo.InvariantCulture), targetIsMaximum));

    [Theory]
    [InlineData("99.996", CategoryBasis.Printed, "Baik")]         // printed 100,00
    [InlineData("99.996", CategoryBasis.Exact, "Cukup")]
    [InlineData("99.994", CategoryBasis.Printed, "Cukup")]        // printed 99,99
    [InlineData("100.004", CategoryBasis.Printed, "Baik")]        // printed 100,00
    [InlineData("100.004", CategoryBasis.Exact, "Sangat Baik")]
    [InlineData("79.995", CategoryBasis.Printed, "Cukup")]        // printed 80,00
    [InlineData("79.995", CategoryBasis.Exact, "Kurang")]
    [InlineData("59.995", CategoryBasis.Printed, "Kurang")]       // printed 60,00
    [InlineData("59.995", CategoryBasis.Exact, "Sangat Kurang")]
    public void Category_ByBasis_NamesTheBandOfThePrintedOrExactFigure(string capaian, CategoryBasis basis, string expected) =>
        Assert.Equal(expected, NilaiCapaian.Category(decimal.Parse(capaian, System.Globalization.CultureInfo.InvariantCulture), basis: basis));

    [Theory]
    [InlineData("99.996", CategoryBasis.Printed, "109")]          // scored as the 100,00 it prints
    [InlineData("99.996", CategoryBasis.Exact, "89.996")]         // the 80-99 line: 70 + 19 × 19.996 / 19
    [InlineData("79.995", CategoryBasis.Printed, "70")]           // scored as 80,00
    public void Convert_ByBasis_ScoresThePrintedOrExactFigure(string capaian, CategoryBasis basis, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            NilaiCapaian.Convert(decimal.Parse(capaian, System.Globalization.CultureInfo.InvariantCulture), basis: basis));

    [Fact]
    public void Basis_Undefined_ThrowsNamingTheParameter()
    {
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => NilaiCapaian.Category(90m, basis: (CategoryBasis)7)).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => NilaiCapaian.Convert(90m, basis: (CategoryBasis)7)).ParamName);
    }
}
