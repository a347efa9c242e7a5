namespace Kinerja.Core.Agreements;

/// <summary>A sasaran (objective) of a PK with its indicators.</summary>
public sealed class Sasaran
{
    internal Sasaran(string id, string name, IReadOnlyList<Indicator> indicators, CascadeLink? cascadesTo)
    {
        Id = id;
        Name = name;
        Indicators = indicators;
        CascadesTo = cascadesTo;
    }

    /// <summary>The sasaran's id, unique within its PK.</summary>
    public string Id { get; }

    /// <summary>The sasaran as printed.</summary>
    public string Name { get; }

    /// <summary>The sasaran's indicators in order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The higher PK's sasaran this one supports, if any.</summary>
    public CascadeLink? CascadesTo { get; }

    /// <summary>The sasaran's id and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " " + Name;
}
