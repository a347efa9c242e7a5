using Kinerja.Core.Scales;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Tests.Scales;

/// <summary>
/// What <see cref="CategoryScale.Create"/> says about a broken scale, word for word in both languages, and
/// <see cref="CategoryBand"/> as data (interval text, equality field by field, hash), worked by hand.
/// </summary>
public class CategoryScaleProblemTextTests
{
    private static CategoryBand Band(string label, decimal? lower, decimal? upper, bool lowerInclusive = true, bool upperInclusive = false, string? code = null) =>
        new(label, lower, lowerInclusive, upper, upperInclusive, code);

    [Fact]
    public void Create_BoundedEnds_NameTheSideInBothLanguages()
    {
        var result = CategoryScale.Create("x", [Band("Rendah", 0m, 50m), Band("Tinggi", 50m, 100m, upperInclusive: true)]);

        var (lower, upper) = (result.Problems[0], result.Problems[1]);
        Assert.Equal("0", lower.AttemptedValue);
        Assert.Equal("bands[0].lower: kategori 'Rendah' punya batas bawah 0; nilai di luarnya tidak berkategori. Kosongkan batas itu (null).", lower.GetMessage(MessageLanguage.Indonesian));
        Assert.Equal("bands[0].lower: band 'Rendah' has lower bound 0; values beyond it have no category. Leave that bound empty (null).", lower.GetMessage(MessageLanguage.English));
        Assert.Equal("100", upper.AttemptedValue);
        Assert.Equal("bands[1].upper: kategori 'Tinggi' punya batas atas 100; nilai di luarnya tidak berkategori. Kosongkan batas itu (null).", upper.GetMessage(MessageLanguage.Indonesian));
        Assert.Equal("bands[1].upper: band 'Tinggi' has upper bound 100; values beyond it have no category. Leave that bound empty (null).", upper.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Create_TwoUnboundedBands_IsAnOverlapNamingInfinity()
    {
        // Two bands without a lower bound: the second one sorted starts at -∞ where the first has not ended.
        var result = CategoryScale.Create("x", [Band("A", null, 50m), Band("B", null, null)]);

        var problem = Assert.Single(result.Problems, p => p.Code == ProblemCodes.ScaleOverlap);
        Assert.Equal("bands[1]", problem.Path);
        Assert.Equal("(-∞, ∞)", problem.AttemptedValue);
        Assert.Equal(["A", "50", "B", "-∞"], problem.Arguments);
    }

    [Fact]
    public void Create_BandWithoutUpperBoundBeforeAnother_IsAnOverlapNamingInfinity()
    {
        var result = CategoryScale.Create("x", [Band("A", null, null), Band("B", 50m, null)]);

        var problem = Assert.Single(result.Problems, p => p.Code == ProblemCodes.ScaleOverlap);
        Assert.Equal("bands[1]", problem.Path);
        Assert.Equal(["A", "∞", "B", "50"], problem.Arguments);
    }

    [Fact]
    public void Create_Gap_MessageInBothLanguages()
    {
        var problem = Assert.Single(CategoryScale.Create("x", [Band("Rendah", null, 50m), Band("Tinggi", 60m, null)]).Problems);

        Assert.Equal("bands[1].lower: ada celah antara 'Rendah' (-∞, 50) dan 'Tinggi' [60, ∞); nilai di antaranya tidak berkategori.", problem.GetMessage(MessageLanguage.Indonesian));
        Assert.Equal("bands[1].lower: gap between 'Rendah' (-∞, 50) and 'Tinggi' [60, ∞); values between them have no category.", problem.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void Create_Overlap_MessageInBothLanguages()
    {
        var problem = Assert.Single(CategoryScale.Create("x", [Band("Rendah", null, 55m), Band("Tinggi", 50m, null)]).Problems);

        Assert.Equal(ProblemCodes.ScaleOverlap, problem.Code);
        Assert.Equal(("bands[1].lower", "50"), (problem.Path, problem.AttemptedValue));
        Assert.Equal("bands[1].lower: 'Rendah' (-∞, 55) dan 'Tinggi' [50, ∞) tumpang tindih.", problem.GetMessage(MessageLanguage.Indonesian));
    }

    [Theory]
    [InlineData("60", "50", true, true)]
    [InlineData("50", "50", true, false)]
    [InlineData("50", "50", false, true)]
    [InlineData("50", "50", false, false)]
    public void Create_UnorderedOrEmptyBand_NamesBothBounds(string lower, string upper, bool lowerInclusive, bool upperInclusive)
    {
        var band = Band("Aneh", D(lower), D(upper), lowerInclusive, upperInclusive);
        var problem = Assert.Single(CategoryScale.Create("x", [Band("Rendah", null, 50m), band, Band("Tinggi", 60m, null)]).Problems);

        Assert.Equal((ProblemCodes.ScaleBoundsUnordered, "bands[1]", band.Interval), (problem.Code, problem.Path, problem.AttemptedValue));
        Assert.Equal($"bands[1]: batas bawah {lower} tidak lebih kecil dari batas atas {upper}.", problem.GetMessage(MessageLanguage.Indonesian));
    }

    [Fact]
    public void Create_SinglePointBand_IsValidAndHoldsOnlyItsPoint()
    {
        // [50, 50] between (-∞, 50) and (50, ∞), given in any order.
        var scale = CategoryScale.Create("x", [Band("Atas", 50m, null, lowerInclusive: false), Band("Titik", 50m, 50m, upperInclusive: true), Band("Bawah", null, 50m)]).Value;

        Assert.Equal(["Bawah", "Titik", "Atas"], scale.Bands.Select(b => b.Label));
        Assert.Equal("Titik", scale.Classify(50m).Label);
        Assert.Equal("Bawah", scale.WithBasis(CategoryBasis.Exact).Classify(49.9999m).Label);
        Assert.Equal("Atas", scale.WithBasis(CategoryBasis.Exact).Classify(50.0001m).Label);
        Assert.Equal("Titik", scale.Classify(49.9999m).Label); // prints 50,00 (D47)
        Assert.Equal(1, scale.IndexOf(50m));
        Assert.Equal("x: Bawah (-∞, 50); Titik [50, 50]; Atas (50, ∞)", scale.ToString());
    }

    [Fact]
    public void Create_MissingNameOrLabel_AndNullBand_AreRequired()
    {
        var result = CategoryScale.Create(" ", [Band("", null, 50m), null!, Band("Tinggi", 50m, null)]);

        Assert.Equal(
            [(ProblemCodes.Required, "name"), (ProblemCodes.Required, "bands[0].label"), (ProblemCodes.Required, "bands[1]")],
            result.Problems.Select(p => (p.Code, p.Path)));
        Assert.Throws<ArgumentNullException>(() => CategoryScale.Create(null!, []));
        Assert.Throws<ArgumentNullException>(() => CategoryScale.Create("x", null!));
    }

    [Fact]
    public void Band_IntervalAndCode()
    {
        Assert.Equal("[76, 91)", Band("Tinggi", 76m, 91m).Interval);
        Assert.Equal("(-∞, 51]", Band("Rendah", null, 51m, upperInclusive: true).Interval);
        Assert.Equal("(91, ∞)", Band("Sangat Tinggi", 91m, null, lowerInclusive: false).Interval);
        // An absent bound is never inclusive, whatever was asked.
        var open = Band("Semua", null, null, lowerInclusive: true, upperInclusive: true);
        Assert.Equal("(-∞, ∞)", open.Interval);
        Assert.False(open.LowerInclusive);
        Assert.False(open.UpperInclusive);
        Assert.True(open.Contains(decimal.MinValue));
        Assert.True(open.Contains(decimal.MaxValue));
        Assert.Equal("Tinggi", Band("Tinggi", 76m, 91m).Code);
        Assert.Equal("B", Band("Tinggi", 76m, 91m, code: "B").Code);
        Assert.Throws<ArgumentNullException>(() => Band(null!, 1m, 2m));
    }

    [Fact]
    public void Band_Equality_ComparesEachField()
    {
        var band = Band("Tinggi", 76m, 91m, code: "B");

        Assert.Equal(band, Band("Tinggi", 76m, 91m, code: "B"));
        Assert.True(band.Equals((object)Band("Tinggi", 76m, 91m, code: "B")));
        Assert.Equal(band.GetHashCode(), Band("Tinggi", 76m, 91m, code: "B").GetHashCode());
        Assert.NotEqual(band, Band("Rendah", 76m, 91m, code: "B"));
        Assert.NotEqual(band, Band("Tinggi", 76m, 91m, code: "C"));
        Assert.NotEqual(band, Band("Tinggi", 75m, 91m, code: "B"));
        Assert.NotEqual(band, Band("Tinggi", 76m, 91m, lowerInclusive: false, code: "B"));
        Assert.NotEqual(band, Band("Tinggi", 76m, 92m, code: "B"));
        Assert.NotEqual(band, Band("Tinggi", 76m, 91m, upperInclusive: true, code: "B"));
        Assert.False(band.Equals((CategoryBand?)null));
        Assert.False(band.Equals((object)"Tinggi [76, 91)"));
    }

    [Fact]
    public void Band_Hash_DependsOnLabelAndBounds()
    {
        // Hashes may collide, but these few distinct bands do not under any reasonable hash.
        var hashes = new[] { Band("A", 1m, 2m), Band("B", 1m, 2m), Band("A", 0m, 2m), Band("A", 1m, 3m), Band("A", 2m, 1m) }
            .Select(b => b.GetHashCode()).ToArray();

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
