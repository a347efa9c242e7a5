namespace Kinerja.Core.Agreements;

/// <summary>An office unit that signs a PK: a kecamatan, its sekretariat, a seksi or a subbagian.</summary>
public sealed class OfficeUnit : IEquatable<OfficeUnit>
{
    /// <summary>Creates a unit. Blank text is reported when a PK is built, not here.</summary>
    /// <param name="code">The unit's code, unique among the units an application keeps (for example <c>3303-BBS-PEM</c>).</param>
    /// <param name="name">The unit's name, for example <c>Seksi Pemerintahan</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    public OfficeUnit(string code, string name)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <summary>The unit's code.</summary>
    public string Code { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>The unit's name and code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + Code + ")";

    /// <inheritdoc />
    public bool Equals(OfficeUnit? other) => other is not null && Code == other.Code && Name == other.Name;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OfficeUnit);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);
}
