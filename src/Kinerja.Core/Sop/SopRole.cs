namespace Kinerja.Core.Sop;

/// <summary>A role (pelaksana) of an SOP: one column of the SOP table, such as Camat or Kepala Seksi.</summary>
public sealed class SopRole
{
    internal SopRole(string id, string name, IReadOnlyList<string> aliases)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        NormalizedNames = Names.Select(RoleNames.Normalize).Distinct(StringComparer.Ordinal).ToArray();
    }

    internal string[] NormalizedNames { get; }

    /// <summary>The role's id within the SOP, such as <c>kasi</c>.</summary>
    public string Id { get; }

    /// <summary>The role's name as printed in the column header.</summary>
    public string Name { get; }

    /// <summary>Other names of the role (Sekcam, Sekretaris Kecamatan, Sekretaris ...).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Every name the role answers to: its id, its name and its aliases.</summary>
    public IEnumerable<string> Names => new[] { Id, Name }.Concat(Aliases);

    /// <summary>The role's name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
