namespace Kinerja.Core.Agreements;

/// <summary>A program, kegiatan or sub kegiatan of a PK with its budget (anggaran, pagu) in rupiah.</summary>
public sealed class ProgramBudget
{
    internal ProgramBudget(string id, string name, ProgramKind kind, decimal pagu, CascadeLink? cascadesTo)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Pagu = pagu;
        CascadesTo = cascadesTo;
    }

    /// <summary>The item's id (often the kode rekening), unique within its PK.</summary>
    public string Id { get; }

    /// <summary>The item's name as printed.</summary>
    public string Name { get; }

    /// <summary>Whether this is a program, kegiatan or sub kegiatan.</summary>
    public ProgramKind Kind { get; }

    /// <summary>The budget (pagu anggaran) in rupiah.</summary>
    public decimal Pagu { get; }

    /// <summary>The higher PK's sasaran this item supports, if any.</summary>
    public CascadeLink? CascadesTo { get; }

    /// <summary>The item's id and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " " + Name;
}
