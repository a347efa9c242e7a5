using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Scales;

public class CategoryScaleTests
{
    private static CategoryBand Band(string label, decimal? lower, decimal? upper, bool lowerInclusive = true, bool upperInclusive = false) =>
        new(label, lower, lowerInclusive, upper, upperInclusive);

    [Fact]
    public void Create_BandsInAnyOrder_SortsThem()
    {
        var scale = CategoryScale.Create("x", [Band("Tinggi", 50m, null), Band("Rendah", null, 50m)]).Value;
        Assert.Equal(new[] { "Rendah", "Tinggi" }, scale.Bands.Select(b => b.Label).ToArray());
        Assert.Equal("Tinggi", scale.Classify(50m).Label);
        Assert.Equal(0, scale.WithBasis(CategoryBasis.Exact).IndexOf(49.999m));
        Assert.Equal(1, scale.IndexOf(49.999m)); // prints 50,00 (D47)
    }

    [Fact]
    public void Create_Gap_NamesBothBounds()
    {
        var result = CategoryScale.Create("x", [Band("Rendah", null, 50m), Band("Tinggi", 60m, null)]);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.ScaleGap, problem.Code);
        Assert.Equal("bands[1].lower", problem.Path);
        Assert.Equal("60", problem.AttemptedValue);
        Assert.Contains("(-∞, 50)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("[60, ∞)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OpenOnBothSidesOfOneBound_IsAGap()
    {
        var result = CategoryScale.Create("x", [Band("Rendah", null, 50m), Band("Tinggi", 50m, null, lowerInclusive: false)]);
        Assert.Equal(ProblemCodes.ScaleGap, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Create_Overlap_NamesBothBounds()
    {
        var result = CategoryScale.Create("x", [Band("Rendah", null, 50m, upperInclusive: true), Band("Tinggi", 50m, null)]);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.ScaleOverlap, problem.Code);
        Assert.Contains("(-∞, 50]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnorderedBounds_AndBoundedEnds_AreAllReported()
    {
        var unordered = CategoryScale.Create("x", [Band("Rendah", null, 50m), Band("Aneh", 70m, 60m), Band("Tinggi", 60m, null)]);
        var p = Assert.Single(unordered.Problems);
        Assert.Equal(ProblemCodes.ScaleBoundsUnordered, p.Code);
        Assert.Equal("bands[1]", p.Path);

        var bounded = CategoryScale.Create("x", [Band("Rendah", 0m, 50m), Band("Tinggi", 50m, 100m, upperInclusive: true)]);
        Assert.Equal(
            new[] { ("scale.unbounded", "bands[0].lower"), ("scale.unbounded", "bands[1].upper") },
            bounded.Problems.Select(x => (x.Code, x.Path)).ToArray());
    }

    [Fact]
    public void Create_NoBands_IsEmpty() =>
        Assert.Equal(ProblemCodes.ScaleEmpty, Assert.Single(CategoryScale.Create("x", []).Problems).Code);

    [Fact]
    public void Band_ContainsHonoursInclusivity()
    {
        var band = Band("A", 80m, 90m, lowerInclusive: false, upperInclusive: true);
        Assert.False(band.Contains(80m));
        Assert.True(band.Contains(80.0001m));
        Assert.True(band.Contains(90m));
        Assert.False(band.Contains(90.0001m));
        Assert.Equal("A (80, 90]", band.ToString());
    }
}
