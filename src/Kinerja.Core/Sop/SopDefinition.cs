namespace Kinerja.Core.Sop;

/// <summary>
/// An SOP definition: id and version, the standard header, the roles (columns), the steps in
/// printed order and the gaps recorded from the source. Immutable and validated: every actor is a
/// declared role, every target exists, every step is reachable and can reach the end. A running
/// instance keeps the version it started with. Build one with <see cref="CreateBuilder"/>, load one
/// from JSON (<c>Serialization.SopDefinitionJson</c>) or take a built-in template (<c>BuiltIn.SopTemplates</c>).
/// </summary>
public sealed class SopDefinition
{
    private readonly Dictionary<int, int> _indexOf;
    private readonly Dictionary<string, SopRole> _roles;

    internal SopDefinition(string id, int version, string? source, SopHeader header, IReadOnlyList<SopRole> roles, IReadOnlyList<SopStep> steps, IReadOnlyList<SopGap> gaps, string? notes)
    {
        Id = id;
        Version = version;
        Source = source;
        Header = header;
        Roles = roles;
        Steps = steps;
        Gaps = gaps;
        Notes = notes;
        _indexOf = steps.Select((s, i) => (s.Number, i)).ToDictionary(x => x.Number, x => x.i);
        _roles = roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>The definition's id, such as <c>bobotsari-laporan-pengukuran-pk</c>.</summary>
    public string Id { get; }

    /// <summary>The version; a new version is a new definition, and running instances keep theirs.</summary>
    public int Version { get; }

    /// <summary>Where the definition comes from (a seed document, an office's decree), if noted.</summary>
    public string? Source { get; }

    /// <summary>The standard header.</summary>
    public SopHeader Header { get; }

    /// <summary>The roles, in column order.</summary>
    public IReadOnlyList<SopRole> Roles { get; }

    /// <summary>The steps, in printed order.</summary>
    public IReadOnlyList<SopStep> Steps { get; }

    /// <summary>Gaps recorded from the source.</summary>
    public IReadOnlyList<SopGap> Gaps { get; }

    /// <summary>Further notes on the source, if any.</summary>
    public string? Notes { get; }

    /// <summary>The first step.</summary>
    public SopStep FirstStep => Steps[0];

    /// <summary>Starts building a definition.</summary>
    /// <param name="id">The definition's id.</param>
    /// <param name="version">The version, 1 or more.</param>
    /// <returns>A builder.</returns>
    public static SopDefinitionBuilder CreateBuilder(string id, int version = 1) => new(id, version);

    /// <summary>Finds a step by its number.</summary>
    /// <param name="number">The step's number.</param>
    /// <returns>The step, or <see langword="null"/> when there is none.</returns>
    public SopStep? FindStep(int number) => _indexOf.TryGetValue(number, out var i) ? Steps[i] : null;

    /// <summary>Finds a role by its id.</summary>
    /// <param name="id">The role's id.</param>
    /// <returns>The role, or <see langword="null"/>.</returns>
    public SopRole? FindRole(string id) => id is not null && _roles.TryGetValue(id, out var r) ? r : null;

    /// <summary>The step a process step (or an approved decision) leads to.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The next step, or <see langword="null"/> when <paramref name="step"/> ends the SOP.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public SopStep? NextAfter(SopStep step)
    {
        if (step is null)
        {
            throw new ArgumentNullException(nameof(step));
        }

        var target = step.Decision?.YesStep ?? step.Next;
        if (target is { } t)
        {
            return FindStep(t);
        }

        var i = _indexOf[step.Number];
        return i + 1 < Steps.Count ? Steps[i + 1] : null;
    }

    /// <summary>The definition's id, version and name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id + " v" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Header.Nama;
}
