using Kinerja.Core.Internal;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Scales;

/// <summary>
/// A category scale: bands that together classify every decimal into exactly one category,
/// with their labels as data. Bands are intervals with explicit open or closed bounds; the
/// lowest band has no lower limit and the highest no upper limit, so nothing is unclassified.
/// Built-in scales are in <see cref="CategoryScales"/>; custom ones come from
/// <see cref="Create"/> or from JSON (<c>Serialization.CategoryScaleJson</c>).
/// </summary>
public sealed class CategoryScale
{
    private readonly CategoryBand[] _bands;

    private CategoryScale(string name, CategoryBand[] bands)
    {
        Name = name;
        _bands = bands;
    }

    /// <summary>The scale's name.</summary>
    public string Name { get; }

    /// <summary>The bands from the lowest values to the highest.</summary>
    public IReadOnlyList<CategoryBand> Bands => _bands;

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
            return problems.Result(() => new CategoryScale(name, given));
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
            return problems.Result(() => new CategoryScale(name, given));
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

        return problems.Result(() => new CategoryScale(name, sorted.Select(x => x.Band).ToArray()));
    }

    /// <summary>The band a value falls in. Every decimal falls in exactly one band.</summary>
    /// <param name="value">The value, usually a capaian in percent at full precision.</param>
    /// <returns>The band.</returns>
    public CategoryBand Classify(decimal value)
    {
        // Bands are sorted and contiguous: the first band whose upper limit admits the value holds it.
        for (var i = 0; i < _bands.Length - 1; i++)
        {
            var hi = _bands[i].Upper!.Value;
            if (value < hi || (value == hi && _bands[i].UpperInclusive))
            {
                return _bands[i];
            }
        }

        return _bands[_bands.Length - 1];
    }

    /// <summary>The index of the band a value falls in, as <see cref="IndexOf"/> without the lookup of the band.</summary>
    internal int BandIndex(decimal value)
    {
        for (var i = 0; i < _bands.Length - 1; i++)
        {
            var hi = _bands[i].Upper!.Value;
            if (value < hi || (value == hi && _bands[i].UpperInclusive))
            {
                return i;
            }
        }

        return _bands.Length - 1;
    }

    /// <summary>The index of the band a value falls in, 0 for the lowest band.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The band's index in <see cref="Bands"/>.</returns>
    public int IndexOf(decimal value) => Array.IndexOf(_bands, Classify(value));

    /// <summary>The scale's name and bands.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + ": " + string.Join("; ", _bands.Select(b => b.ToString()));
}
