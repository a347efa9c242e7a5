using Kinerja.Core.Internal;

namespace Kinerja.Core.Scales;

/// <summary>
/// One band of a <see cref="CategoryScale"/>: an interval of capaian (each bound open or
/// closed, or absent for no limit) and its label. Bands are data: create them freely, and let
/// <see cref="CategoryScale.Create"/> check that they fit together.
/// </summary>
public sealed class CategoryBand : IEquatable<CategoryBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="label">The label printed for the band, for example <c>Sangat Tinggi</c>.</param>
    /// <param name="lower">The lower bound, or <see langword="null"/> for no lower limit.</param>
    /// <param name="lowerInclusive">Whether the lower bound itself belongs to the band.</param>
    /// <param name="upper">The upper bound, or <see langword="null"/> for no upper limit.</param>
    /// <param name="upperInclusive">Whether the upper bound itself belongs to the band.</param>
    /// <param name="code">A short code (for example <c>AA</c>), or <see langword="null"/> to use the label.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public CategoryBand(string label, decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, string? code = null)
    {
        Label = label ?? throw new ArgumentNullException(nameof(label));
        Lower = lower;
        LowerInclusive = lower is not null && lowerInclusive;
        Upper = upper;
        UpperInclusive = upper is not null && upperInclusive;
        Code = code ?? label;
    }

    /// <summary>The label printed for the band.</summary>
    public string Label { get; }

    /// <summary>A short code, the label when none was given.</summary>
    public string Code { get; }

    /// <summary>The lower bound, or <see langword="null"/> for no lower limit.</summary>
    public decimal? Lower { get; }

    /// <summary>Whether the lower bound belongs to the band.</summary>
    public bool LowerInclusive { get; }

    /// <summary>The upper bound, or <see langword="null"/> for no upper limit.</summary>
    public decimal? Upper { get; }

    /// <summary>Whether the upper bound belongs to the band.</summary>
    public bool UpperInclusive { get; }

    /// <summary>Whether a value falls in the band.</summary>
    /// <param name="value">The value, usually a capaian in percent.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(decimal value)
    {
        if (Lower is { } lo && (LowerInclusive ? value < lo : value <= lo))
        {
            return false;
        }

        return Upper is not { } hi || (UpperInclusive ? value <= hi : value < hi);
    }

    /// <summary>The band in interval notation, such as <c>Tinggi [76, 91)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Label + " " + Interval;

    /// <summary>The interval in mathematical notation, such as <c>[76, 91)</c> or <c>(-∞, 51)</c>.</summary>
    public string Interval =>
        (LowerInclusive ? "[" : "(") + (Lower is { } lo ? Text.Of(lo) : "-∞") + ", " + (Upper is { } hi ? Text.Of(hi) : "∞") + (UpperInclusive ? "]" : ")");

    /// <inheritdoc />
    public bool Equals(CategoryBand? other) =>
        other is not null && Label == other.Label && Code == other.Code && Lower == other.Lower && LowerInclusive == other.LowerInclusive
        && Upper == other.Upper && UpperInclusive == other.UpperInclusive;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CategoryBand);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Label) ^ Lower.GetHashCode() ^ (Upper.GetHashCode() * 7);
}
