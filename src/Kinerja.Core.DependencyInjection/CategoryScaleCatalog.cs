using Kinerja.Core.Scales;

namespace Kinerja.Core.DependencyInjection;

/// <summary>The category scales an application may classify with: the built-in ones and the office's own, by name, with the default one.</summary>
public sealed class CategoryScaleCatalog
{
    private readonly Dictionary<string, CategoryScale> _byName;

    internal CategoryScaleCatalog(IReadOnlyList<CategoryScale> all, CategoryScale defaultScale)
    {
        All = all;
        Default = defaultScale;
        _byName = all.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    /// <summary>Every scale: the built-in ones first, then the office's own: <see cref="KinerjaOptions.Scales"/>, then <see cref="KinerjaOptions.ScaleJson"/>.</summary>
    public IReadOnlyList<CategoryScale> All { get; }

    /// <summary>The default scale (<see cref="KinerjaOptions.DefaultScale"/>).</summary>
    public CategoryScale Default { get; }

    /// <summary>Gets a scale by name.</summary>
    /// <param name="name">The scale's name.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="KeyNotFoundException">No scale has that name; the message lists the names.</exception>
    public CategoryScale Get(string name) =>
        TryGet(name, out var scale)
            ? scale
            : throw new KeyNotFoundException($"No category scale '{name}'. Scales: {string.Join(", ", All.Select(s => s.Name))}.");

    /// <summary>Gets a scale by name.</summary>
    /// <param name="name">The scale's name.</param>
    /// <param name="scale">The scale, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a scale has that name.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CategoryScale? scale)
    {
        scale = null;
        return name is not null && _byName.TryGetValue(name, out scale);
    }
}
