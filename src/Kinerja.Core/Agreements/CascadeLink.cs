namespace Kinerja.Core.Agreements;

/// <summary>
/// Links an item of a lower PK (a sasaran, program or kegiatan) to the sasaran of the higher
/// PK it supports (cascading kinerja): for example a Kasi's program to the Camat's sasaran.
/// </summary>
public sealed class CascadeLink : IEquatable<CascadeLink>
{
    /// <summary>Creates a link.</summary>
    /// <param name="parent">The key of the higher PK.</param>
    /// <param name="sasaranId">The id of the sasaran in the higher PK.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sasaranId"/> is null.</exception>
    public CascadeLink(PerjanjianKinerjaKey parent, string sasaranId)
    {
        Parent = parent;
        SasaranId = sasaranId ?? throw new ArgumentNullException(nameof(sasaranId));
    }

    /// <summary>The higher PK.</summary>
    public PerjanjianKinerjaKey Parent { get; }

    /// <summary>The id of the sasaran in the higher PK.</summary>
    public string SasaranId { get; }

    /// <summary>The link as <c>unit/year#sasaran</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Parent + "#" + SasaranId;

    /// <inheritdoc />
    public bool Equals(CascadeLink? other) => other is not null && Parent == other.Parent && SasaranId == other.SasaranId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CascadeLink);

    /// <inheritdoc />
    public override int GetHashCode() => Parent.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(SasaranId);
}
