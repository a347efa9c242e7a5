using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Scales;

/// <summary>
/// The mutants the scales' mutation run at commit 48d9dbb left alive: <see cref="CategoryScale.Create"/>'s sort
/// tie-breaks on equal lower bounds (seen through which band is sorted first: that one is reported for having a
/// lower bound), two bands over the whole line, the exact bands at and beyond 10²⁵, texts and names.
/// </summary>
public class ScalesSurvivorTests
{
    private static CategoryBand Band(string label, decimal? lower, decimal? upper, bool lowerInclusive = true, bool upperInclusive = false) =>
        new(label, lower, lowerInclusive, upper, upperInclusive);

    /// <summary>The path of the band sorted first: every band here has a lower bound, so the first is reported at its lower bound.</summary>
    private static string FirstSorted(params CategoryBand[] bands)
    {
        var problem = Assert.Single(CategoryScale.Create("x", bands).Problems, p => p.Code == ProblemCodes.ScaleUnbounded && p.Path.EndsWith(".lower", StringComparison.Ordinal));
        return problem.Path;
    }

    // CategoryScale.cs:118 (ThenBy to ThenByDescending on the lower bound): the lower lower bound sorts first.
    [Fact]
    public void Create_DifferentLowerBounds_TheLowerSortsFirst()
    {
        Assert.Equal("bands[1].lower", FirstSorted(Band("A", 6m, 7m), Band("B", 5m, 6m)));
    }

    // CategoryScale.cs:121 (forced true, forced false), :118 (ThenByDescending on it): on an equal lower bound a closed
    // one sorts first, even when its band is the wider one (the upper bounds alone would order them the other way).
    [Fact]
    public void Create_EqualLowerBounds_TheClosedOneSortsFirstWhateverTheUpperBounds()
    {
        Assert.Equal("bands[1].lower", FirstSorted(Band("A", 5m, 5.5m, lowerInclusive: false, upperInclusive: true), Band("B", 5m, 6m)));
    }

    // CategoryScale.cs:118 (ThenByDescending on "no upper bound"): on an equal closed lower bound a band with an upper
    // bound sorts before one without.
    [Fact]
    public void Create_EqualLowerBounds_TheBandWithAnUpperBoundSortsFirst()
    {
        Assert.Equal("bands[1].lower", FirstSorted(Band("A", 5m, null), Band("B", 5m, 6m, upperInclusive: true)));
    }

    // CategoryScale.cs:123 (`?? 0m` left removed: every upper bound 0), :118 (ThenByDescending on it): on equal lower
    // bounds the lower upper bound sorts first, whatever the input order.
    [Fact]
    public void Create_EqualLowerBounds_TheLowerUpperBoundSortsFirst()
    {
        Assert.Equal("bands[1].lower", FirstSorted(Band("A", 5m, 7m, upperInclusive: true), Band("B", 5m, 6m, upperInclusive: true)));
    }

    // CategoryScale.cs:124 (forced true, forced false), :118 (ThenByDescending on it): on equal bounds an open upper
    // bound (the narrower band) sorts first, whatever the input order.
    [Fact]
    public void Create_EqualBounds_TheOpenUpperBoundSortsFirst()
    {
        Assert.Equal("bands[1].lower", FirstSorted(Band("A", 5m, 6m, upperInclusive: true), Band("B", 5m, 6m)));
    }

    // CategoryScale.cs:147 (continue removed): two bands over the whole line are one overlap naming ∞ and -∞, not an
    // exception (without the continue, null == null reads as a touching gap and the missing lower bound is read).
    [Fact]
    public void Create_TwoBandsOverTheWholeLine_IsOneOverlapNamingInfinity()
    {
        var result = CategoryScale.Create("x", [Band("A", null, null), Band("B", null, null)]);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemCodes.ScaleOverlap, "bands[1]"), (problem.Code, problem.Path));
        Assert.Equal(["A", "∞", "B", "-∞"], problem.Arguments);
    }

    // CategoryScale.cs:91 (path ""): a scale without bands is reported at "bands".
    [Fact]
    public void Create_NoBand_IsReportedAtBands()
    {
        var problem = Assert.Single(CategoryScale.Create("x", []).Problems);
        Assert.Equal((ProblemCodes.ScaleEmpty, "bands"), (problem.Code, problem.Path));
    }

    // CategoryScale.cs:210 (`<` for `<=`): a bound of exactly 10²⁵ still moves to its half-cent.
    [Fact]
    public void ExactBands_BoundOfExactly10To25_MovesToItsHalfCent()
    {
        var scale = CategoryScale.Create("x", [Band("Rendah", null, 10_000_000_000_000_000_000_000_000m), Band("Tinggi", 10_000_000_000_000_000_000_000_000m, null)]).Value;

        Assert.Equal(9_999_999_999_999_999_999_999_999.995m, scale.ExactBands[0].Upper);
        Assert.Equal("[9999999999999999999999999.995, ∞)", scale.ExactBands[1].Interval);
    }

    // CategoryScale.cs:228 (block removed: the bound lost): a bound beyond 10²⁵ is kept as it is.
    [Fact]
    public void ExactBands_BoundBeyond10To25_IsKeptAsItIs()
    {
        var scale = CategoryScale.Create("x", [Band("Rendah", null, 20_000_000_000_000_000_000_000_000m, upperInclusive: true), Band("Tinggi", 20_000_000_000_000_000_000_000_000m, null, lowerInclusive: false)]).Value;

        Assert.Equal("(-∞, 20000000000000000000000000]", scale.ExactBands[0].Interval);
        Assert.Equal("(20000000000000000000000000, ∞)", scale.ExactBands[1].Interval);
    }

    // CategoryScale.cs:248 (forced false, " (exact)" as ""): an exact scale says so in its text.
    [Fact]
    public void ToString_ExactBasis_SaysExact()
    {
        Assert.StartsWith("Permendagri 86/2017 (exact): Sangat Rendah (-∞, 51); ", CategoryScales.Permendagri86.WithBasis(CategoryBasis.Exact).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Permendagri 86/2017: Sangat Rendah (-∞, 51); ", CategoryScales.Permendagri86.ToString(), StringComparison.Ordinal);
    }

    // CategoryScale.cs:58 (message ""): an undefined basis is refused with its text.
    [Fact]
    public void WithBasis_UndefinedBasis_ThrowsWithItsText()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CategoryScales.Permendagri86.WithBasis((CategoryBasis)9));
        Assert.Equal("basis", e.ParamName);
        Assert.Contains("Value should be Printed or Exact.", e.Message, StringComparison.Ordinal);
    }

    // CategoryScales.cs:49 (forced true, forced false): each SAKIP boundary reading has its own name.
    [Fact]
    public void Sakip_EachBoundaryReading_HasItsOwnName()
    {
        Assert.Equal("Nilai SAKIP (batas milik predikat bawah)", CategoryScales.Sakip(SakipBoundary.UpperInclusive).Name);
        Assert.Equal("Nilai SAKIP (batas milik predikat atas)", CategoryScales.Sakip(SakipBoundary.LowerInclusive).Name);
    }

    // NilaiCapaian.cs:95 (message ""): an undefined basis is refused with its text, by both methods.
    [Fact]
    public void NilaiCapaian_UndefinedBasis_ThrowsWithItsText()
    {
        var convert = Assert.Throws<ArgumentOutOfRangeException>(() => NilaiCapaian.Convert(85m, basis: (CategoryBasis)9));
        var category = Assert.Throws<ArgumentOutOfRangeException>(() => NilaiCapaian.Category(85m, basis: (CategoryBasis)9));
        Assert.Equal(("basis", "basis"), (convert.ParamName, category.ParamName));
        Assert.Contains("Value should be Printed or Exact.", convert.Message, StringComparison.Ordinal);
        Assert.Contains("Value should be Printed or Exact.", category.Message, StringComparison.Ordinal);
    }
}
