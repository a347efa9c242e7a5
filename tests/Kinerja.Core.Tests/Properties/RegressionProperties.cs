using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests.Properties;

/// <summary>Properties that once failed: band order with single-point bands, and the 100-101 % score under LinearFrom101.</summary>
public class RegressionProperties
{
    [KinerjaProperty]
    public void Create_ValidBandsInReverseOrder_IsValid(SortedScale given)
    {
        // "The bands may be given in any order; they are sorted by lower bound."
        var result = CategoryScale.Create(given.Name, given.Bands.Reverse());

        Assert.True(result.IsValid, result + Environment.NewLine + given);
    }

    [KinerjaProperty]
    public void Convert_LinearFrom101_IsNonDecreasingFrom100To110(CapaianUpTo100 c)
    {
        // Low and High in [0, 100], shifted to [100, 110].
        var low = 100m + (c.Low / 10m);
        var high = 100m + (c.High / 10m);

        var scoreLow = NilaiCapaian.Convert(low, band101To110: Band101To110Rule.LinearFrom101);
        var scoreHigh = NilaiCapaian.Convert(high, band101To110: Band101To110Rule.LinearFrom101);

        Assert.True(scoreLow <= scoreHigh, $"{low}% gives {scoreLow}, {high}% gives {scoreHigh}");
    }
}
