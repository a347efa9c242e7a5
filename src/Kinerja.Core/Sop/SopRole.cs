namespace Kinerja.Core.Sop;

/// <summary>A role (pelaksana) of an SOP: one column of the SOP table, such as Camat or Kepala Seksi.</summary>
public sealed class SopRole
{
    internal SopRole(string id, string name, IReadOnlyList<string> aliases)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        Names = [id, name, .. aliases];
        RosterNames = new[] { id, name }.Select(RoleNames.Normalize).Distinct(StringComparer.Ordinal).ToArray();
        NormalizedNames = Names.Select(RoleNames.Normalize).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every name of the role, normalized: what a step's actor may name when the definition is read.</summary>
    internal string[] NormalizedNames { get; }

    /// <summary>The role's id and name as an <see cref="OfficeRoster"/> compares them; its aliases never grant the role.</summary>
    internal string[] RosterNames { get; }

    /// <summary>The role's id within the SOP, such as <c>kasi</c>.</summary>
    public string Id { get; }

    /// <summary>The role's name as printed in the column header.</summary>
    public string Name { get; }

    /// <summary>
    /// Other names of the role (Sekcam, Sekretaris Kecamatan, Sekretaris ...), which help read the
    /// definition (a step's actor may name one); they grant nobody the role: only an
    /// <see cref="OfficeRoster"/> does, by the role's <see cref="Id"/> or <see cref="Name"/> and its own alias groups.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Every name the definition knows the role by: its id, its name and its aliases (an <see cref="OfficeRoster"/> grants by the id and the name only).</summary>
    public IEnumerable<string> Names { get; }

    /// <summary>The role's name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
