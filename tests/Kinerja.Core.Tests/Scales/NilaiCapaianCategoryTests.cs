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
}
