using Kinerja.Core.Scales;

namespace Kinerja.Core.Tests.Properties;

public class NilaiCapaianProperties
{
    [KinerjaProperty]
    public void Convert_CapaianUpTo100_IsNonDecreasing(CapaianUpTo100 c, bool targetIsMaximum, Band101To110Rule rule)
    {
        var low = NilaiCapaian.Convert(c.Low, targetIsMaximum, rule);
        var high = NilaiCapaian.Convert(c.High, targetIsMaximum, rule);

        Assert.NotNull(low);
        Assert.NotNull(high);
        Assert.True(low <= high, $"{c.Low}% gives {low}, {c.High}% gives {high}");
        Assert.InRange(low!.Value, 0m, NilaiCapaian.MaxScore);
    }

    [KinerjaProperty]
    public void Convert_CapaianAbove110_IsNonDecreasingAndTheMaximum(CapaianAbove110 c, bool targetIsMaximum, Band101To110Rule rule)
    {
        // Above 110 on the exact figure (110.0001 prints 110,00: on the printed basis it is in the 100-110 band).
        var low = NilaiCapaian.Convert(c.Low, targetIsMaximum, rule, CategoryBasis.Exact);
        var high = NilaiCapaian.Convert(c.High, targetIsMaximum, rule, CategoryBasis.Exact);

        Assert.True(low <= high, $"{c.Low}% gives {low}, {c.High}% gives {high}");
        Assert.Equal(NilaiCapaian.MaxScore, low);
        Assert.Equal(NilaiCapaian.MaxScore, high);
    }

    [KinerjaProperty]
    public void Convert_AnyCapaian_IsNeverAbove120(RealisticCapaian c, bool targetIsMaximum, Band101To110Rule rule)
    {
        var score = NilaiCapaian.Convert(c.Value, targetIsMaximum, rule);

        Assert.True(score is null or <= NilaiCapaian.MaxScore, $"{c.Value}% gives {score}");
        // Not computable in (100, 110] of the figure read, which is the printed one by default (D47): 100.0001 reads 100,00.
        var printed = Math.Round(c.Value, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(score is null, printed is > 100m and <= 110m && rule == Band101To110Rule.NotComputable);
    }

    [KinerjaProperty]
    public void Convert_ExactlyHundredAtAnyScale_Is109Or120WhenTargetIsMaximum(byte scale, bool targetIsMaximum, Band101To110Rule rule)
    {
        // 100, 100.0, 100.00 ... are the same capaian whatever their decimal scale.
        var hundred = new decimal(100, 0, 0, false, 0) * new decimal(1, 0, 0, false, (byte)(scale % 26)) / new decimal(1, 0, 0, false, (byte)(scale % 26));
        Assert.Equal(100m, hundred);

        Assert.Equal(targetIsMaximum ? NilaiCapaian.MaxScore : 109m, NilaiCapaian.Convert(hundred, targetIsMaximum, rule));
    }

    [KinerjaProperty]
    public void ConvertAndCategory_OnThePrintedBasis_AreTheExactOnesOfThePrintedFigure(RealisticCapaian c, bool targetIsMaximum, Band101To110Rule rule)
    {
        var printed = Math.Round(c.Value, 2, MidpointRounding.AwayFromZero);

        Assert.Equal(NilaiCapaian.Convert(printed, targetIsMaximum, rule, CategoryBasis.Exact), NilaiCapaian.Convert(c.Value, targetIsMaximum, rule));
        Assert.Equal(NilaiCapaian.Category(printed, targetIsMaximum, CategoryBasis.Exact), NilaiCapaian.Category(c.Value, targetIsMaximum));
    }
}
