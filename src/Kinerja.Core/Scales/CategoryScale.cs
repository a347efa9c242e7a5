using Kinerja.Core.Internal;
using Kinerja.Core.Presentation;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Scales;

/// <summary>
/// A category scale: bands that together classify every decimal into exactly one category,
/// with their labels as data. Bands are intervals with explicit open or closed bounds; the
/// lowest band has no lower limit and the highest no upper limit, so nothing is unclassified.
/// Built-in scales are in <see cref="CategoryScales"/>; custom ones come from
/// <see cref="Create"/> or from JSON (<c>Serialization.KinerjaJson.ReadCategoryScale</c>). A scale classifies
/// the figure as printed by default (<see cref="Basis"/>, decision D47).
/// </summary>
public sealed class CategoryScale
{
    /// <summary>Beyond this magnitude a bound is kept as it is in <see cref="ExactBands"/> (its half-cent would need more digits than a decimal has).</summary>
    private const decimal MaxShiftedBound = 10_000_000_000_000_000_000_000_000m;

    private readonly CategoryBand[] _bands;
    private readonly CategoryBand[] _exactBands;

    private CategoryScale(string name, CategoryBand[] bands, CategoryBasis basis)
    {
        Name = name;
        _bands = bands;
        Basis = basis;
        _exactBands = basis == CategoryBasis.Exact ? bands : Shift(bands);
    }

    /// <summary>The scale's name.</summary>
    public string Name { get; }

    /// <summary>The bands from the lowest values to the highest.</summary>
    public IReadOnlyList<CategoryBand> Bands => _bands;

    /// <summary>Which figure the scale classifies: <see cref="CategoryBasis.Printed"/> (default) or <see cref="CategoryBasis.Exact"/>.</summary>
    public CategoryBasis Basis { get; }

    /// <summary>
    /// The bands as intervals on the exact figure, in the order of <see cref="Bands"/> and with their labels and
    /// codes: a value lies in <c>ExactBands[i]</c> exactly when <see cref="Classify"/> gives <c>Bands[i]</c>. Under
    /// <see cref="CategoryBasis.Exact"/> they are <see cref="Bands"/>; under <see cref="CategoryBasis.Printed"/> each
    /// bound moves to the half-cent where the printed figure crosses it: [76, 91) becomes [75.995, 90.995), and a
    /// band no printed figure falls in becomes empty (such as [90.005, 90.005)). Use them where a figure cannot be
    /// rounded first, for example in a database query. Bounds beyond 10²⁵ are kept as they are.
    /// </summary>
    public IReadOnlyList<CategoryBand> ExactBands => _exactBands;

    /// <summary>The same bands, classifying on another figure.</summary>
    /// <param name="basis">The figure to classify: printed or exact.</param>
    /// <returns>The scale with that basis (this scale when it already has it).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public CategoryScale WithBasis(CategoryBasis basis)
    {
        if (basis is not (CategoryBasis.Printed or CategoryBasis.Exact))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Value should be Printed or Exact.");
        }

        return basis == Basis ? this : new CategoryScale(Name, _bands, basis);
    }

    /// <summary>
    /// Validates bands and makes a scale. The bands may be given in any order; they are sorted by
    /// lower bound. Reported at once: no band, a band whose lower bound is not below its upper
    /// bound, a gap or an overlap between neighbours (naming both bounds), and a lowest band with
    /// a lower limit or a highest band with an upper limit.
    /// </summary>
    /// <param name="name">The scale's name.</param>
    /// <param name="bands">The bands.</param>
    /// <returns>The scale, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="bands"/> is null.</exception>
    public static ValidationResult<CategoryScale> Create(string name, IEnumerable<CategoryBand> bands)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (bands is null)
        {
            throw new ArgumentNullException(nameof(bands));
        }

        var given = bands.ToArray();
        var problems = new Problems();
        problems.Required(name, "name");
        if (given.Length == 0)
        {
            problems.Error(ProblemCodes.ScaleEmpty, "bands", null);
            return problems.Result(() => new CategoryScale(name, given, CategoryBasis.Printed));
        }

        var indexed = given.Select((b, i) => (Band: b, Path: Text.Index("bands", i))).ToArray();
        foreach (var (band, path) in indexed)
        {
            if (band is null)
            {
                problems.Error(ProblemCodes.Required, path, null);
                continue;
            }

            problems.Required(band.Label, path + ".label");
            if (band.Lower is { } lo && band.Upper is { } hi && (lo > hi || (lo == hi && !(band.LowerInclusive && band.UpperInclusive))))
            {
                problems.Error(ProblemCodes.ScaleBoundsUnordered, path, band.Interval, Text.Of(lo), Text.Of(hi));
            }
        }

        if (problems.HasErrors)
        {
            return problems.Result(() => new CategoryScale(name, given, CategoryBasis.Printed));
        }

        // Ascending by lower bound; on equal lower bounds a closed bound ([5) comes before an open one ((5),
        // then the narrower band first, so a single-point band [5, 5] sorts before (5, ...) in any input order.
        var sorted = indexed
            .OrderBy(x => x.Band.Lower is null ? 0 : 1)
            .ThenBy(x => x.Band.Lower ?? 0m)
            .ThenBy(x => x.Band.LowerInclusive ? 0 : 1)
            .ThenBy(x => x.Band.Upper is null ? 1 : 0)
            .ThenBy(x => x.Band.Upper ?? 0m)
            .ThenBy(x => x.Band.UpperInclusive ? 1 : 0)
            .ToArray();
        var first = sorted[0];
        if (first.Band.Lower is { } firstLower)
        {
            problems.Error(ProblemCodes.ScaleUnbounded, first.Path + ".lower", Text.Of(firstLower), first.Band.Label, "bawah", "lower");
        }

        var last = sorted[sorted.Length - 1];
        if (last.Band.Upper is { } lastUpper)
        {
            problems.Error(ProblemCodes.ScaleUnbounded, last.Path + ".upper", Text.Of(lastUpper), last.Band.Label, "atas", "upper");
        }

        for (var i = 0; i + 1 < sorted.Length; i++)
        {
            var (a, _) = sorted[i];
            var (b, pathB) = sorted[i + 1];
            var upper = a.Upper;
            var lower = b.Lower;
            if (upper is null || lower is null)
            {
                problems.Error(ProblemCodes.ScaleOverlap, pathB, b.Interval, a.Label, upper is null ? "∞" : Text.Of(upper.Value), b.Label, lower is null ? "-∞" : Text.Of(lower.Value));
                continue;
            }

            var gap = upper < lower || (upper == lower && !a.UpperInclusive && !b.LowerInclusive);
            var overlap = upper > lower || (upper == lower && a.UpperInclusive && b.LowerInclusive);
            if (gap)
            {
                problems.Error(ProblemCodes.ScaleGap, pathB + ".lower", Text.Of(lower.Value), a.Label, a.Interval, b.Label, b.Interval);
            }
            else if (overlap)
            {
                problems.Error(ProblemCodes.ScaleOverlap, pathB + ".lower", Text.Of(lower.Value), a.Label, a.Interval, b.Label, b.Interval);
            }
        }

        return problems.Result(() => new CategoryScale(name, sorted.Select(x => x.Band).ToArray(), CategoryBasis.Printed));
    }

    /// <summary>The band a value falls in: the band of the value as printed (<see cref="CapaianFormat.Round"/>) under
    /// <see cref="CategoryBasis.Printed"/>, of the value itself under <see cref="CategoryBasis.Exact"/>. Every
    /// decimal falls in exactly one band.</summary>
    /// <param name="value">The value, usually a capaian in percent at full precision.</param>
    /// <returns>The band.</returns>
    public CategoryBand Classify(decimal value) => _bands[BandIndex(value)];

    /// <summary>The index of the band a value falls in, as <see cref="IndexOf"/>: the one home of classifying, on either basis.</summary>
    internal int BandIndex(decimal value)
    {
        var figure = Basis.Figure(value);

        // Bands are sorted and contiguous: the first band whose upper limit admits the figure holds it.
        for (var i = 0; i < _bands.Length - 1; i++)
        {
            var hi = _bands[i].Upper!.Value;
            if (figure < hi || (figure == hi && _bands[i].UpperInclusive))
            {
                return i;
            }
        }

        return _bands.Length - 1;
    }

    /// <summary>
    /// The bounds on the exact figure that classify as the printed figure does. The band of a printed figure p
    /// ends at an upper bound b when p &lt; b (or p ≤ b when b belongs to it), that is when p ≤ c, the greatest
    /// cent that still belongs. Rounding half away from zero is monotone, so p ≤ c exactly when the figure is
    /// below m = c + 0.005, or at m when m &lt; 0 (a negative half rounds away from zero, down to c). So the
    /// bound becomes m, inclusive only below 0. m is never 0 or a cent, so no other choice is needed.
    /// </summary>
    private static CategoryBand[] Shift(CategoryBand[] bands)
    {
        var shifted = new CategoryBand[bands.Length];
        decimal? lower = null;
        var lowerInclusive = false;
        for (var i = 0; i < bands.Length; i++)
        {
            decimal? upper = null;
            var upperInclusive = false;
            if (i < bands.Length - 1)
            {
                var b = bands[i].Upper!.Value;
                upperInclusive = bands[i].UpperInclusive;
                if (Math.Abs(b) <= MaxShiftedBound)
                {
                    var cent = b - (b % 0.01m);
                    if (cent > b)
                    {
                        cent -= 0.01m;
                    }

                    if (cent == b && !upperInclusive)
                    {
                        cent -= 0.01m;
                    }

                    var half = cent + 0.005m;
                    upper = half;
                    upperInclusive = half < 0m;
                }
                else
                {
                    upper = b;
                }
            }

            shifted[i] = new CategoryBand(bands[i].Label, lower, lowerInclusive, upper, upperInclusive, bands[i].Code);
            lower = upper;
            lowerInclusive = !upperInclusive;
        }

        return shifted;
    }

    /// <summary>The index of the band a value falls in, 0 for the lowest band.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The band's index in <see cref="Bands"/>.</returns>
    public int IndexOf(decimal value) => BandIndex(value);

    /// <summary>The scale's name and bands.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + (Basis == CategoryBasis.Exact ? " (exact)" : string.Empty) + ": " + string.Join("; ", _bands.Select(b => b.ToString()));
}
