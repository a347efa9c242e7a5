using Kinerja.Core.Sop;
using Kinerja.Core.Validation;

namespace Kinerja.Core.Serialization;

/// <summary>
/// Reads and writes an <see cref="SopDefinition"/> as JSON: the format of the built-in templates and
/// of an office's own SOPs. The same as <see cref="KinerjaJson.ReadSopDefinition"/> and
/// <see cref="KinerjaJson.Write(SopDefinition)"/>, kept for existing callers. Reading reports every
/// problem at once with its JSON path: malformed JSON, wrong types, unknown properties, and every
/// problem of <see cref="SopDefinitionBuilder.Build"/> (unknown role, a return to a missing step, an
/// unreachable step, a loop with no way out, duplicate step ids, a step with no actor, an unreadable
/// time standard). A document without <c>kind</c> (the built-in templates) still reads. See
/// <c>docs/sop.md</c> for the format.
/// </summary>
public static class SopDefinitionJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = SopDefinitionDocument.Version;

    /// <summary>Reads a definition from JSON text; the same as <see cref="KinerjaJson.ReadSopDefinition"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The definition, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<SopDefinition> Parse(string json) => KinerjaJson.ReadSopDefinition(json);

    /// <summary>Writes a definition; the same as <see cref="KinerjaJson.Write(SopDefinition)"/>.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string Write(SopDefinition definition) => KinerjaJson.Write(definition);
}
