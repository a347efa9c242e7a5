namespace Kinerja.Core.Agreements;

/// <summary>
/// An official who signs a PK as pihak pertama or pihak kedua: name, position (jabatan), NIP
/// where the official is a civil servant (an elected Bupati has none), and whether they act
/// in the position (Plt or Plh).
/// </summary>
public sealed class Pejabat : IEquatable<Pejabat>
{
    /// <summary>Creates an official. Blank names are reported when a PK is built, not here.</summary>
    /// <param name="name">The official's name with titles, as printed.</param>
    /// <param name="jabatan">The position, for example <c>Camat Bobotsari</c>.</param>
    /// <param name="nip">The NIP, or <see langword="null"/> for an official without one.</param>
    /// <param name="acting">Whether the official acts in the position.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="jabatan"/> is null.</exception>
    public Pejabat(string name, string jabatan, Nip? nip = null, ActingStatus acting = ActingStatus.Definitive)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Jabatan = jabatan ?? throw new ArgumentNullException(nameof(jabatan));
        Nip = nip;
        Acting = acting;
    }

    /// <summary>The official's name.</summary>
    public string Name { get; }

    /// <summary>The position, without the acting prefix.</summary>
    public string Jabatan { get; }

    /// <summary>The NIP, if the official has one.</summary>
    public Nip? Nip { get; }

    /// <summary>Whether the official acts in the position.</summary>
    public ActingStatus Acting { get; }

    /// <summary>The position as printed on the PK: "Plt. Camat Bobotsari", "Plh. Sekretaris Kecamatan" or the bare position.</summary>
    public string PrintedJabatan => Acting switch
    {
        ActingStatus.Plt => "Plt. " + Jabatan,
        ActingStatus.Plh => "Plh. " + Jabatan,
        _ => Jabatan,
    };

    /// <summary>Name and printed position.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + ", " + PrintedJabatan;

    /// <inheritdoc />
    public bool Equals(Pejabat? other) =>
        other is not null && Name == other.Name && Jabatan == other.Jabatan && Nullable.Equals(Nip, other.Nip) && Acting == other.Acting;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Pejabat);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name) ^ StringComparer.Ordinal.GetHashCode(Jabatan);
}
