namespace Kinerja.Core.Measurement;

/// <summary>A reference to evidence (bukti dukung) for a realisasi: a document number, a file id or an address.</summary>
public sealed class BuktiDukung : IEquatable<BuktiDukung>
{
    /// <summary>Creates an evidence reference.</summary>
    /// <param name="reference">The reference, as the office keeps it (for example <c>Notulen Rapat 12/2026</c> or a file id).</param>
    /// <param name="description">What the evidence shows, if noted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public BuktiDukung(string reference, string? description = null)
    {
        Reference = reference ?? throw new ArgumentNullException(nameof(reference));
        Description = description;
    }

    /// <summary>The reference.</summary>
    public string Reference { get; }

    /// <summary>What the evidence shows, if noted.</summary>
    public string? Description { get; }

    /// <summary>The reference.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reference;

    /// <inheritdoc />
    public bool Equals(BuktiDukung? other) => other is not null && Reference == other.Reference && Description == other.Description;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BuktiDukung);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Reference);
}
