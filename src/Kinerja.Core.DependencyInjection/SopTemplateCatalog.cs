using Kinerja.Core.Sop;

namespace Kinerja.Core.DependencyInjection;

/// <summary>The SOP definitions an office may run: the built-in seed templates and the office's own, by id and version.</summary>
public sealed class SopTemplateCatalog
{
    private readonly Dictionary<string, SopDefinition[]> _byId;

    internal SopTemplateCatalog(IReadOnlyList<SopDefinition> all)
    {
        All = all;
        _byId = all.GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Version).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every definition: the built-in ones first (when included), then the office's own: <see cref="KinerjaOptions.Templates"/>, then <see cref="KinerjaOptions.TemplateJson"/>.</summary>
    public IReadOnlyList<SopDefinition> All { get; }

    /// <summary>Gets the latest version of a definition.</summary>
    /// <param name="id">The definition's id.</param>
    /// <returns>The definition with the highest version.</returns>
    /// <exception cref="KeyNotFoundException">No definition has that id; the message lists the ids.</exception>
    public SopDefinition Get(string id) =>
        TryGet(id, out var definition)
            ? definition
            : throw new KeyNotFoundException($"No SOP template '{id}'. Templates: {string.Join(", ", _byId.Keys)}.");

    /// <summary>Gets one version of a definition.</summary>
    /// <param name="id">The definition's id.</param>
    /// <param name="version">The version.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">No definition has that id and version.</exception>
    public SopDefinition Get(string id, int version) =>
        id is not null && _byId.TryGetValue(id, out var versions) && versions.FirstOrDefault(d => d.Version == version) is { } definition
            ? definition
            : throw new KeyNotFoundException($"No SOP template '{id}' version {version}.");

    /// <summary>Gets the latest version of a definition.</summary>
    /// <param name="id">The definition's id.</param>
    /// <param name="definition">The definition, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a definition has that id.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SopDefinition? definition)
    {
        definition = id is not null && _byId.TryGetValue(id, out var versions) ? versions[versions.Length - 1] : null;
        return definition is not null;
    }
}
