using Kinerja.Core.Presentation;
using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Properties;

public class CategoryScaleProperties
{
    [KinerjaProperty]
    public void Classify_AnyValue_FallsInExactlyOneBandAndReturnsIt(ScaleProbe probe)
    {
        var exact = probe.Scale.WithBasis(CategoryBasis.Exact);
        foreach (var x in new[] { probe.X, probe.Y })
        {
            var containing = exact.Bands.Where(b => b.Contains(x)).ToArray();
            Assert.True(containing.Length == 1, $"{x} is in {containing.Length} bands of {exact}");
            Assert.Same(containing[0], exact.Classify(x));
            Assert.Equal(exact.Bands.ToList().IndexOf(containing[0]), exact.IndexOf(x));
        }
    }

    /// <summary>D47: under the printed basis (the default) the category of a figure is the category of the figure as printed.</summary>
    [KinerjaProperty]
    public void Classify_PrintedBasis_IsTheCategoryOfTheRoundedFigure(ScaleProbe probe)
    {
        var printed = probe.Scale.WithBasis(CategoryBasis.Printed);
        var exact = probe.Scale.WithBasis(CategoryBasis.Exact);
        foreach (var x in new[] { probe.X, probe.Y })
        {
            Assert.Same(exact.Classify(CapaianFormat.Round(x)), printed.Classify(x));
            Assert.Equal(exact.IndexOf(CapaianFormat.Round(x)), printed.IndexOf(x));
        }
    }

    /// <summary>The exact bands (what a query or the recap's integers compare with) hold a value exactly where Classify puts it,
    /// on both bases; for values within 10²⁴ of 0 (bounds beyond 10²⁵ are not moved).</summary>
    [KinerjaProperty]
    public void ExactBands_AnyValue_HoldItInTheBandClassifyGives(ScaleProbe probe)
    {
        foreach (var scale in new[] { probe.Scale.WithBasis(CategoryBasis.Printed), probe.Scale.WithBasis(CategoryBasis.Exact) })
        {
            Assert.Equal(scale.Bands.Count, scale.ExactBands.Count);
            foreach (var x in new[] { probe.X, probe.Y }.Where(v => Math.Abs(v) < 1e24m))
            {
                var holding = Enumerable.Range(0, scale.Bands.Count).Where(i => scale.ExactBands[i].Contains(x)).ToArray();
                Assert.True(holding.Length == 1 && holding[0] == scale.IndexOf(x), $"{x}: exact bands {string.Join(", ", holding)}, Classify {scale.IndexOf(x)} on {scale} (exact bands {string.Join("; ", scale.ExactBands)})");
                Assert.Equal(scale.Bands[holding[0]].Code, scale.ExactBands[holding[0]].Code);
            }
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
