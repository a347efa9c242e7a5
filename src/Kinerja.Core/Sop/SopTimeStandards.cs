using Kinerja.Core.Calendar;

namespace Kinerja.Core.Sop;

/// <summary>
/// An office's own time standards: overrides of any step's mutu baku waktu, by definition id and
/// step key. Steps without an override keep the definition's standard. Immutable.
/// </summary>
public sealed class SopTimeStandards
{
    private readonly Dictionary<(string, string), MutuBakuWaktu> _overrides;

    private SopTimeStandards(Dictionary<(string, string), MutuBakuWaktu> overrides) => _overrides = overrides;

    /// <summary>No overrides: every step keeps its definition's standard.</summary>
    public static SopTimeStandards None { get; } = new([]);

    /// <summary>Returns standards with one more override.</summary>
    /// <param name="definitionId">The SOP definition's id (every version).</param>
    /// <param name="step">The step's key (its id, or <c>section/id</c>).</param>
    /// <param name="standard">The office's standard for that step.</param>
    /// <returns>New standards; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SopTimeStandards WithOverride(string definitionId, string step, MutuBakuWaktu standard) =>
        new(new Dictionary<(string, string), MutuBakuWaktu>(_overrides)
        {
            [(definitionId ?? throw new ArgumentNullException(nameof(definitionId)), step ?? throw new ArgumentNullException(nameof(step)))] = standard ?? throw new ArgumentNullException(nameof(standard)),
        });

    /// <summary>The standard in force for a step.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="step">The step.</param>
    /// <returns>The override, or the step's own standard.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MutuBakuWaktu For(SopDefinition definition, SopStep step)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        if (step is null)
        {
            throw new ArgumentNullException(nameof(step));
        }

        return _overrides.TryGetValue((definition.Id, step.Key), out var s) ? s : step.Waktu;
    }
}
