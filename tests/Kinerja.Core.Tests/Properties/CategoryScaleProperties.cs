using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Properties;

public class CategoryScaleProperties
{
    [KinerjaProperty]
    public void Classify_AnyValue_FallsInExactlyOneBandAndReturnsIt(ScaleProbe probe)
    {
        foreach (var x in new[] { probe.X, probe.Y })
        {
            var containing = probe.Scale.Bands.Where(b => b.Contains(x)).ToArray();
            Assert.True(containing.Length == 1, $"{x} is in {containing.Length} bands of {probe.Scale}");
            Assert.Same(containing[0], probe.Scale.Classify(x));
            Assert.Equal(probe.Scale.Bands.ToList().IndexOf(containing[0]), probe.Scale.IndexOf(x));
        }
    }

    [KinerjaProperty]
    public void IndexOf_OrderedValues_IsMonotone(ScaleProbe probe)
    {
        var (low, high) = probe.X <= probe.Y ? (probe.X, probe.Y) : (probe.Y, probe.X);
        Assert.True(
            probe.Scale.IndexOf(low) <= probe.Scale.IndexOf(high),
            $"{low} is {probe.Scale.Classify(low)}, {high} is {probe.Scale.Classify(high)}");
    }

    [KinerjaProperty]
    public void Create_ValidBandsInAnyOrder_IsValidAndSortsThem(ShuffledScale given)
    {
        var result = CategoryScale.Create(given.Name, given.Bands);

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.Problems);
        var bands = result.Value.Bands;
        Assert.Equal(given.Bands.OrderBy(b => b.Lower ?? decimal.MinValue), bands);
        Assert.Null(bands[0].Lower);
        Assert.Null(bands[^1].Upper);
        for (var i = 0; i + 1 < bands.Count; i++)
        {
            Assert.Equal(bands[i].Upper, bands[i + 1].Lower);
            Assert.True(bands[i].UpperInclusive != bands[i + 1].LowerInclusive, $"{bands[i]} and {bands[i + 1]}");
        }
    }

    [KinerjaProperty]
    public void Create_BandsWithGapOverlapOrUnorderedBand_ReportsItNamingTheBounds(BrokenScale broken)
    {
        var result = CategoryScale.Create(broken.Name, broken.Bands);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Errors);
        Assert.Equal(broken.Code, problem.Code);
        Assert.Equal(broken.Path, problem.Path);
        Assert.Equal(broken.AttemptedValue, problem.AttemptedValue);
        foreach (var named in broken.NamedBounds)
        {
            Assert.Contains(named, problem.Arguments);
            Assert.Contains(named, problem.GetMessage(MessageLanguage.Indonesian), StringComparison.Ordinal);
            Assert.Contains(named, problem.GetMessage(MessageLanguage.English), StringComparison.Ordinal);
        }
    }
}
